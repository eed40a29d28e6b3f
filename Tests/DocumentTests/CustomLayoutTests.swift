import Foundation
import HandoutTestSupport
import Testing
@testable import Document

/// Custom layout files: the new keys (`text.italics`, `booklet:`) and their error messages.
@Suite struct CustomLayoutTests {
    let booklet: String

    init() throws {
        booklet = try String(contentsOf: Repository.layouts.appendingPathComponent("booklet.yaml"), encoding: .utf8)
    }

    func loadError(_ text: String) -> ContentError? {
        do {
            _ = try LayoutLoader.parse(text, file: "mine.yaml")
            return nil
        } catch {
            return error as? ContentError
        }
    }

    func replacing(_ old: String, _ new: String) -> String {
        precondition(booklet.contains(old), "booklet.yaml has no '\(old)'")
        return booklet.replacingOccurrences(of: old, with: new)
    }

    @Test func aBadChoiceNamesTheKeyAndTheAllowedValues() {
        let imposition = loadError(replacing("imposition: saddle-stitch", "imposition: stapled"))
        #expect(imposition?.key == "booklet.imposition")
        #expect(imposition?.message == "'stapled' is not allowed; use one of saddle-stitch, none")
        let marks = loadError(replacing("marks: fold", "marks: bleed"))
        #expect(marks?.key == "booklet.marks" && marks?.message == "'bleed' is not allowed; use one of none, fold, crop")
        let sheet = loadError(replacing("sheet: A4", "sheet: B4"))
        #expect(sheet?.key == "booklet.sheet" && sheet?.message == "'B4' is not allowed; use one of A3, A4, A5, Letter")
    }

    @Test func aSheetTooSmallForTwoPagesListsTheSheetsThatFit() throws {
        let error = try #require(loadError(replacing("sheet: A4", "sheet: A5")))
        #expect(error.description.hasPrefix("mine.yaml:"))
        #expect(error.key == "booklet.sheet")
        #expect(error.message == "two A5 pages side by side do not fit on a landscape A5 sheet; use one of A3, A4")
    }

    @Test func cropMarksNeedPaperAroundThePages() throws {
        let onA4 = try #require(loadError(replacing("marks: fold", "marks: crop")))
        #expect(onA4.key == "booklet.marks" && onA4.message.hasPrefix("crop marks need 9 mm of paper around the pages"))
        let onA3 = try LayoutLoader.parse(replacing("marks: fold", "marks: crop").replacingOccurrences(of: "sheet: A4", with: "sheet: A3"), file: "mine.yaml")
        #expect(onA3.booklet?.marks == .crop && onA3.booklet?.sheet == "A3")
    }

    @Test func numbersAndFlagsAreCheckedWithTheirKeyPaths() {
        let thickness = loadError(replacing("paper-thickness: 0.1", "paper-thickness: 2"))
        #expect(thickness?.key == "booklet.paper-thickness" && thickness?.message == "must be a number of millimetres from 0 to 0.5")
        let italics = loadError(replacing("footer-size: 12", "footer-size: 12\n  italics: sometimes"))
        #expect(italics?.key == "text.italics" && italics?.message == "expected true or false")
        let unknown = loadError(replacing("marks: fold", "marks: fold\n  bleed: 3"))
        #expect(unknown?.key == "booklet.bleed")
        #expect(unknown?.message == "unknown key; allowed keys are imposition, sheet, paper-thickness, marks")
        let missing = loadError(replacing("  marks: fold", ""))
        #expect(missing?.key == "booklet.marks" && missing?.message == "missing required key")
    }

    @Test func theNewKeysAreOptional() throws {
        let start = try #require(booklet.range(of: "booklet:\n"))
        let layout = try LayoutLoader.parse(String(booklet[..<start.lowerBound]), file: "mine.yaml")
        #expect(layout.booklet == nil && layout.text.italics)
    }

    @Test func bodySizeScalesEverySizeInProportion() throws {
        let large = try LayoutLoader.load(Repository.layouts.appendingPathComponent("large-print.yaml"), name: "large-print")
        let bigger = large.withBodySize(27)
        #expect(bigger.text.bodySize == 27)
        #expect(bigger.text.headingSizes == large.text.headingSizes.map { $0 * 1.5 })
        #expect(bigger.text.headerSize == large.text.headerSize * 1.5 && bigger.text.footerSize == large.text.footerSize * 1.5)
        #expect(bigger.text.lineHeight == large.text.lineHeight && bigger.text.paragraphSpacing == large.text.paragraphSpacing, "ratios of the size")
        #expect(bigger.page.width == large.page.width && bigger.page.marginLeft == large.page.marginLeft, "same paper, reflowed")
        #expect(bigger.page.marginTop == large.page.marginTop * 1.5, "header band grows with its text")
        let smaller = large.withBodySize(12)
        #expect(smaller.text.headerSize == large.text.headerSize * 12 / 18)
        #expect(smaller.page.marginTop == large.page.marginTop, "margins never shrink")
    }
}

import Foundation
import HandoutTestSupport
import Testing
@testable import Document

@Suite struct ShippedLayoutsTests {
    func layout(_ name: String) throws -> Layout {
        try LayoutLoader.load(Repository.layouts.appendingPathComponent("\(name).yaml"), name: name)
    }

    @Test func largePrintIsA4With18PointBodyNothingUnder16AndNoItalics() throws {
        let large = try layout("large-print")
        #expect(large.page.paper == "A4" && large.booklet == nil)
        #expect(large.text.bodySize == 18)
        let sizes = [large.text.bodySize, large.text.headerSize, large.text.footerSize] + large.text.headingSizes
        #expect(sizes.allSatisfy { $0 >= 16 })
        #expect(large.text.footerSize >= large.text.bodySize, "page numbers as large as the body text")
        #expect(!large.text.italics)
        let standard = try layout("standard")
        #expect(large.text.lineHeight > standard.text.lineHeight && large.text.paragraphSpacing > standard.text.paragraphSpacing)
    }

    @Test func letterIsTheStandardLayoutOnUSLetter() throws {
        var letter = try layout("letter")
        #expect(abs(letter.page.width - 612) < 0.01 && abs(letter.page.height - 792) < 0.01)
        let standard = try layout("standard")
        #expect(letter.text == standard.text && letter.colours == standard.colours)
        letter.page = standard.page
        letter.name = standard.name
        letter.description = standard.description
        #expect(letter == standard)
    }

    @Test func bookletImposesA5PagesOnLandscapeA4() throws {
        let booklet = try layout("booklet")
        #expect(booklet.page.paper == "A5" && booklet.isImposed)
        let section = try #require(booklet.booklet)
        #expect(section.sheet == "A4" && abs(section.sheetWidth - 841.89) < 0.01 && abs(section.sheetHeight - 595.276) < 0.01)
        #expect(section.paperThickness > 0 && section.marks == .fold)
        #expect(booklet.text.bodySize >= 12, "clear print")
    }

    @Test func standardLayoutsAllowItalicsAndAreNotImposed() throws {
        for name in ["standard", "letter"] {
            let layout = try layout(name)
            #expect(layout.text.italics && layout.booklet == nil && !layout.isImposed)
        }
    }
}

import Document
import Foundation
import HandoutTestSupport
import PageModel
import Testing
@testable import HandoutKit

/// The tagged PDF as assistive technology reads it: structure, reading order, language.
@Suite struct AccessibilityTests {
    let builder: HandoutBuilder
    let date = CalendarDay("2026-11-23")!

    init() throws {
        builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root))
    }

    @Test func theHandoutIsTaggedWithTheExpectedStructure() throws {
        let url = try PDFTools.save(try builder.pdf(for: HandoutRequest(collectionID: "full-booklet", date: date)))
        #expect(try PDFTools.info(url)["Tagged"] == "yes")
        let kinds = try PDFStructure(url).structureKinds
        for kind in ["Document", "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Link", "BlockQuote", "TOC", "TOCI"] {
            #expect(kinds[kind, default: 0] > 0, "no \(kind) element")
        }
        #expect(kinds["Document"] == 1)
        #expect(kinds["LI"] == kinds["Lbl"] && kinds["LI"] == kinds["LBody"], "every list item has a label and a body")
    }

    @Test func theCatalogNamesTheLanguageAndAsksViewersToShowTheTitle() throws {
        let url = try PDFTools.save(try builder.pdf(for: HandoutRequest(topicIDs: ["tace"], date: date)))
        let catalog = try PDFStructure(url).catalog
        #expect(catalog["/Lang"] as? String == "en-GB")
        #expect((catalog["/ViewerPreferences"] as? [String: Any])?["/DisplayDocTitle"] as? Bool == true)
        #expect((catalog["/MarkInfo"] as? [String: Any])?["/Marked"] as? Bool == true)
        let check = try CommandLineTool.run("qpdf", ["--check", url.path])
        #expect(check.status == 0 && !check.output.contains("WARNING"), "\(check.output)")
    }

    @Test func runningHeadersAndFootersAreLeftOutOfTheStructure() throws {
        let request = HandoutRequest(collectionID: "symptom-control", date: date)
        let url = try PDFTools.save(try builder.pdf(for: request))
        let structure = try PDFStructure.structureText(url)
        let pages = try PDFTools.pageTexts(url)
        #expect(pages.count > 2)
        #expect(pages.allSatisfy { $0.contains("Page ") }, "the footer prints")
        #expect(!structure.contains("Page 1 of"), "but is not in the structure")
        let title = try builder.resources.title(for: request, topics: try builder.resources.topics(for: request))
        #expect(structure.components(separatedBy: "\"\(title)\"").count == 2, "the title is read once, not per page header")
    }

    @Test func theStructureReadsEveryParagraphInOrderWithSpacesWhereLinesBreak() throws {
        let request = HandoutRequest(topicIDs: ["symptoms", "tace"], date: date)
        let url = try PDFTools.save(try builder.pdf(for: request))
        let lines = try PDFStructure.structureText(url).split(separator: "\n")
        let texts = lines.filter { $0.contains("\"") }.map { $0.trimmingCharacters(in: .whitespaces).dropFirst().dropLast() }
        let handout = try Handout.compose(
            title: "", topics: try builder.resources.topics(for: request), glossary: builder.resources.content.glossary,
            details: .none)
        var next = 0
        for section in handout.sections {
            for case let .paragraph(spans) in section.blocks {
                // A paragraph with a link is read in pieces (text, link, text); others in one piece.
                let pieces = spans.split { $0.link != nil }.map { $0.map(\.text).joined() }.filter { !$0.isEmpty }
                for piece in pieces {
                    guard let found = texts[next...].firstIndex(where: { $0.contains(piece) }) else {
                        Issue.record("not in the structure, in order: \(piece.prefix(60))")
                        continue
                    }
                    next = found
                }
            }
        }
        #expect(next > 20)
    }

    /// A screen reader follows the structure tree; its text, in order, is the pages' text in
    /// content order (pdftotext -raw) without the running header and footer.
    @Test(arguments: ["full-booklet", "symptom-control"])
    func theStructureTreeReadsThePageTextInOrderWithoutHeadersAndFooters(_ collection: String) throws {
        let request = HandoutRequest(collectionID: collection, date: date)
        let url = try PDFTools.save(try builder.pdf(for: request))
        let title = try builder.resources.title(for: request, topics: try builder.resources.topics(for: request))
        let structure = try PDFStructure.structureText(url).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("\"") && $0.hasSuffix("\"") }.map { $0.dropFirst().dropLast() }.joined(separator: " ")
        var pages = try PDFTools.pageTexts(url, raw: true).map { $0.split(separator: "\n").map(String.init) }
        for index in pages.indices {
            #expect(pages[index].last == "Page \(index + 1) of \(pages.count)", "the footer ends page \(index + 1)")
            pages[index].removeLast()
            if index > 0 {
                #expect(pages[index].last == title, "the running header is drawn last on page \(index + 1)")
                pages[index].removeLast()
            }
        }
        // Line ends differ (a space in the structure, a new line on the page, a hyphen where a word breaks).
        func letters(_ text: String) -> String { String(text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "-" }) }
        let read = letters(structure)
        let printed = letters(pages.flatMap { $0 }.joined())
        #expect(!read.contains("Page1of"), "the footer is not read")
        #expect(read == printed, "first difference after: \(String(read.commonPrefix(with: printed).suffix(80)))")
    }

    @Test func headersAndFootersArePaginationArtifactsOfTheirKind() throws {
        let url = try PDFTools.save(try builder.pdf(for: HandoutRequest(collectionID: "symptom-control", date: date)))
        let pages = try PDFTools.pageTexts(url).count
        let content = try PDFStructure.uncompressedContent(url)
        func count(_ text: String) -> Int { content.components(separatedBy: text).count - 1 }
        #expect(count("/Artifact <</Type /Pagination /Subtype /Header>> BDC") == pages - 1, "a header from page 2")
        #expect(count("/Artifact <</Type /Pagination /Subtype /Footer>> BDC") == pages)
        #expect(count("/Artifact <</Type /Pagination>>") == 0, "no furniture without its kind")
        #expect(try PDFStructure(url).structureKinds["NonStruct"] == nil, "the placeholders leave the structure")
        #expect(try PDFValidator.report(url, profiles: [.ua1, .a2a]) == nil)
    }

    @Test func contentsLinksHoldTheTitleAndPageButNotTheLeaderDots() throws {
        let url = try PDFTools.save(try builder.pdf(for: HandoutRequest(collectionID: "full-booklet", date: date)))
        let content = try PDFStructure.uncompressedContent(url)
        let links = content.matches(of: try Regex(#"/Link << /MCID \d+ >> BDC(.*?)EMC"#).dotMatchesNewlines())
            .map { String($0.output[1].substring ?? "") }
        #expect(links.count > 5)
        #expect(links.allSatisfy { !$0.contains(" re\n") && !$0.contains(" re f") }, "no path inside a link's content")
        let structure = try PDFStructure.structureText(url).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        // pdfinfo lists each link's annotation, then its text.
        let first = try #require(structure.firstIndex(of: "TOCI"))
        #expect(structure[first + 1].hasPrefix("Link"))
        let text = try #require(structure[(first + 1)...].first { $0.hasPrefix("\"") })
        #expect(try Regex(#"^"[^".]+ \d+"$"#).wholeMatch(in: text) != nil, "title and page: \(text)")
        #expect(try PDFValidator.report(url, profiles: [.ua1, .a2a]) == nil)
    }

    /// The hyphen drawn where a line breaks inside a word is an artifact: the structure reads the
    /// word whole, and pdftotext, which reads artifacts too, joins it as before.
    @Test func aWordHyphenatedAtALineEndReadsWholeInTheStructure() throws {
        let document = try builder.pages(for: HandoutRequest(collectionID: "full-booklet", date: date))
        let items = document.pages.flatMap(\.items)
        var words: [String] = []
        for index in items.indices.dropFirst().dropLast(3) where items[index] == .begin(.artifact(.lineEndHyphen)) {
            guard case let .text(before) = items[index - 1], case let .text(after) = items[index + 3] else { continue }
            words.append(String(before.text.reversed().prefix(while: \.isLetter).reversed()) + after.text.prefix(while: \.isLetter))
        }
        #expect(words.count > 5, "the booklet has hyphenated lines")
        let url = try PDFTools.save(try builder.pdf(of: document))
        // The texts of the structure's elements, in order: a hyphenated paragraph is read in Spans.
        let structure = try PDFStructure.structureText(url).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("\"") && $0.hasSuffix("\"") }.map { $0.dropFirst().dropLast() }.joined()
        let text = try PDFTools.text(url)
        for word in words {
            #expect(structure.contains(word), "\(word) does not read whole in the structure")
            #expect(text.contains(word), "\(word) does not read whole in pdftotext")
        }
        #expect(try PDFValidator.report(url, profiles: [.ua1, .a2a]) == nil)
    }

    @Test func identicalInputGivesIdenticalBytesAfterTheCatalogUpdate() throws {
        let request = HandoutRequest(collectionID: "newly-diagnosed", date: date)
        #expect(try builder.pdf(for: request) == (try HandoutBuilder(resources: builder.resources).pdf(for: request)))
    }
}

@testable import Document
import Foundation
import HandoutTestSupport
import PageModel
import Testing
@testable import Typesetting

/// What the large-print and booklet layouts change in the typeset pages.
@Suite struct LayoutVariantTests {
    let typesetter: Typesetter
    let fontSet: FontSet
    let info = DocumentInfo(title: "Test", subject: "", creator: "", date: "2026-01-01")

    init() throws {
        fontSet = try FontSet(directory: Repository.fonts)
        typesetter = Typesetter(fontSet: fontSet, hyphenation: try Hyphenation())
    }

    func layout(_ name: String) throws -> Layout {
        try LayoutLoader.load(Repository.layouts.appendingPathComponent("\(name).yaml"), name: name)
    }

    func runs(_ document: PagedDocument) -> [GlyphRun] {
        document.pages.flatMap(\.items).compactMap { if case let .text(run) = $0 { run } else { nil } }
    }

    /// A handout of `paragraphs` paragraphs with italic, bold and plain words.
    func handout(paragraphs: Int, title: String = "Your treatment") -> Handout {
        let paragraph = Block.paragraph([
            TextSpan("Take the tablets "), TextSpan("only", style: FontStyle(italic: true)),
            TextSpan(" with food, and "), TextSpan("never", style: .boldStyle), TextSpan(" on an empty stomach."),
        ])
        return Handout(
            title: title,
            sections: [HandoutSection(
                id: "t", title: "Tablets", blocks: Array(repeating: paragraph, count: paragraphs),
                titleSpans: [TextSpan("Tablets")])],
            glossary: [])
    }

    @Test func largePrintSetsEmphasisInBoldNeverItalic() throws {
        let italicFonts = [fontSet.index(for: FontStyle(italic: true)), fontSet.index(for: FontStyle(bold: true, italic: true))]
        let bold = fontSet.index(for: .boldStyle)
        let large = runs(typesetter.typeset(handout(paragraphs: 1), layout: try layout("large-print"), info: info))
        #expect(!large.contains { italicFonts.contains($0.font) })
        #expect(large.contains { $0.font == bold && $0.text.contains("only") })
        let standard = runs(typesetter.typeset(handout(paragraphs: 1), layout: try layout("standard"), info: info))
        #expect(standard.contains { italicFonts.contains($0.font) && $0.text.contains("only") })
    }

    @Test func anImposedBookletIsPaddedWithANotesPageThenBlanks() throws {
        let booklet = try layout("booklet")
        var reading = booklet
        reading.booklet?.imposition = Layout.Booklet.Imposition.none
        for paragraphs in [1, 20, 45, 70] {
            let plain = typesetter.typeset(handout(paragraphs: paragraphs), layout: reading, info: info)
            let imposed = typesetter.typeset(handout(paragraphs: paragraphs), layout: booklet, info: info)
            let count = plain.pages.count
            #expect(imposed.pages.count == SaddleStitch.paddedPageCount(count), "\(count) pages")
            #expect(imposed.pages.prefix(count).map(\.size) == plain.pages.map(\.size))
            guard imposed.pages.count > count else { continue }
            let notes = runs(PagedDocument(info: info, fonts: [], pages: [imposed.pages[count]])).map(\.text).joined()
            #expect(notes.contains(HandoutStrings.english.notesTitle) && notes.contains("Page \(count + 1) of \(count + 1)"))
            let writingLines = imposed.pages[count].items.filter { if case .rule = $0 { true } else { false } }
            #expect(writingLines.count > 10)
            #expect(imposed.pages.dropFirst(count + 1).allSatisfy { $0.items.isEmpty }, "further padding pages are blank")
        }
    }

    @Test func aLongHeadingWordShrinksToFitRatherThanBeingCut() throws {
        let layout = try layout("large-print").withBodySize(36)
        let document = typesetter.typeset(handout(paragraphs: 1, title: "Chemoembolisation"), layout: layout, info: info)
        let measure = layout.page.width - layout.page.marginLeft - layout.page.marginRight
        let title = try #require(runs(document).first)
        #expect(title.text == "Chemoembolisation")
        #expect(title.width <= measure && title.size >= layout.text.bodySize)
    }

    @Test func aLongRunningTitleIsShortenedToFitTheHeader() throws {
        let layout = try layout("large-print").withBodySize(36)
        let long = "Secondary liver cancer – the full booklet for patients and families"
        let document = typesetter.typeset(handout(paragraphs: 20, title: long), layout: layout, info: info)
        let header = try #require(runs(PagedDocument(info: info, fonts: [], pages: [document.pages[1]])).min { $0.origin.y < $1.origin.y })
        #expect(header.text.hasSuffix("…") && long.hasPrefix(String(header.text.dropLast())))
        #expect(header.origin.x + header.width <= layout.page.width - layout.page.marginRight + 0.01)
    }
}

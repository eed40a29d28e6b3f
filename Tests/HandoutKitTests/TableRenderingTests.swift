import Document
import Foundation
import HandoutTestSupport
import PageModel
import Testing
@testable import HandoutKit

/// Tables as they come out: the header row on every page a table runs over (once in the
/// structure), TH cells scoped to their columns, GFM alignment, rows split only when taller than
/// a page, and in large print a list instead of a table that would need narrow cells.
@Suite struct TableRenderingTests {
    let fixture: ContentFixture
    let builder: HandoutBuilder
    /// The standard and large-print layouts without the About page, so that the topic's table is the only one.
    let layout: String
    let largePrint: String
    let date = CalendarDay("2026-11-23")!

    init() throws {
        fixture = try ContentFixture()
        try fixture.glossary("[]\n")
        let rows = (1...90).map { "| Item \($0) | Value \($0) is a short one | \(String(repeating: "3", count: $0 % 4 + 1)) |" }
        let wide = "| Alpha column | Bravo column | Charlie column | Delta column | Echo column |\n| - | - | - | - | - |\n"
            + "| apples and pears | bread and butter | cheese on toast | dates and figs | eggs and ham |"
        try fixture.topic("long", body: "Before.\n\n| Item | What it means | Count |\n| :-- | :-- | --: |\n" + rows.joined(separator: "\n") + "\n\nAfter.")
        try fixture.topic("wide", body: "Before.\n\n" + wide + "\n\nAfter.")
        let tall = "| Heading | Notes |\n| - | - |\n| Short | " + (1...700).map { "word\($0)" }.joined(separator: " ") + " |\n"
        try fixture.topic("tall", body: tall)
        for paragraphs in Self.leadIns {
            try fixture.topic("tall-after-\(paragraphs)", body: (1...paragraphs).map { "Paragraph \($0) before." }.joined(separator: "\n\n") + "\n\n" + tall)
        }
        builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root, contentDirectory: fixture.folder))
        layout = try LayoutCopy.path("standard", adding: "branding:\n  about-page: false\n")
        largePrint = try LayoutCopy.path("large-print", adding: "branding:\n  about-page: false\n")
    }

    /// How many one-line paragraphs come before the tall table in the `tall-after-` topics: from
    /// a third of a page to a full one, so that the table starts lower and lower: after 23 there is
    /// room for the header and two lines of the row, after 24 and 25 the header goes on with the row.
    static let leadIns = [10, 22, 23, 24, 25]

    @Test func aLongTableRepeatsItsHeaderOnEveryPageButOnceInTheStructure() throws {
        let url = try PDFTools.save(try builder.pdf(for: HandoutRequest(topicIDs: ["long"], layout: layout, date: date)))
        let pages = try PDFTools.pageTexts(url, raw: true)
        let withRows = pages.filter { $0.contains("is a short one") }
        #expect(withRows.count >= 3, "the table runs over several pages")
        for page in withRows {
            #expect(page.contains("What it means"), "the header row opens every page the table is on")
        }
        let structure = try PDFStructure(url)
        let headers = structure.structureElements("TH")
        #expect(headers.count == 3, "the repeated headers are artifacts")
        #expect(headers.allSatisfy { ($0["/A"] as? [String: Any])?["/Scope"] as? String == "/Column" })
        #expect(structure.structureElements("TR").count == 91)
        #expect(structure.structureElements("TD").count == 270)
        for kind in ["Table", "THead", "TBody"] { #expect(structure.structureKinds[kind] == 1, "\(kind)") }
        let structureText = try PDFStructure.structureText(url)
        #expect(structureText.components(separatedBy: "What it means").count == 2)
        #expect(try PDFValidator.report(url, profiles: [.ua1, .a2a]) == nil)
    }

    @Test func aRightAlignedColumnEndsEachCellAtTheSameEdge() throws {
        let document = try builder.pages(for: HandoutRequest(topicIDs: ["long"], layout: layout, date: date))
        let counts = document.pages.flatMap(\.items).compactMap { item -> Double? in
            guard case let .text(run) = item, run.text.trimmingCharacters(in: .whitespaces).allSatisfy({ $0 == "3" }),
                !run.text.trimmingCharacters(in: .whitespaces).isEmpty
            else { return nil }
            return run.origin.x + run.width
        }
        #expect(counts.count == 90)
        #expect(counts.max()! - counts.min()! < 0.01, "right edges \(counts.min()!)...\(counts.max()!)")
    }

    @Test func aRowTallerThanAPageIsSplitAndKeepsEveryWordInOrder() throws {
        let url = try PDFTools.save(try builder.pdf(for: HandoutRequest(topicIDs: ["tall"], layout: layout, date: date)))
        let pages = try PDFTools.pageTexts(url, raw: true)
        #expect(pages.count >= 2)
        #expect(pages.allSatisfy { $0.contains("Notes") }, "the header on each page")
        let words = pages.joined(separator: " ").split(whereSeparator: \.isWhitespace).filter { $0.hasPrefix("word") }
        #expect(words.map(String.init) == (1...700).map { "word\($0)" })
    }

    /// A row taller than a page starts under its header wherever the table starts, so the header
    /// never ends a page alone: every page with the header has lines of the row.
    @Test(arguments: [0] + leadIns)
    func aHeaderIsNeverLeftAloneAboveASplitRow(paragraphs: Int) throws {
        let topic = paragraphs == 0 ? "tall" : "tall-after-\(paragraphs)"
        let url = try PDFTools.save(try builder.pdf(for: HandoutRequest(topicIDs: [topic], layout: layout, date: date)))
        let pages = try PDFTools.pageTexts(url, raw: true)
        let first = try #require(pages.firstIndex { $0.contains("Notes") })
        #expect(pages[first].contains("word1 "), "the header's first page has the row's first line")
        for page in pages where page.contains("Notes") {
            #expect(page.contains("word"), "a page with the header has lines of the row")
        }
        #expect(pages.last?.contains("word700") == true)
    }

    @Test func aRowSplitAcrossPagesIsOneRowWhoseCellsLieOnEachPage() throws {
        let url = try PDFTools.save(try builder.pdf(for: HandoutRequest(topicIDs: ["tall"], layout: layout, date: date)))
        let pagesWithTheRow = try PDFTools.pageTexts(url).filter { $0.contains("word") }.count
        #expect(pagesWithTheRow >= 2)
        let structure = try PDFStructure(url)
        #expect(structure.structureElements("TR").count == 2, "the header row and the one long row")
        let cells = structure.structureElements("TD")
        #expect(cells.count == 2)
        #expect(cells.map { structure.markedPages(of: $0).count }.max() == pagesWithTheRow, "the Notes cell's content is on each page")
        let read = try PDFStructure.structureText(url).split { !$0.isLetter && !$0.isNumber }.filter { $0.hasPrefix("word") }
        #expect(read.map(String.init) == (1...700).map { "word\($0)" }, "the structure reads the cell whole, in order")
        #expect(try PDFValidator.report(url, profiles: [.ua1, .a2a]) == nil)
    }

    @Test func inLargePrintATableThatNeedsNarrowCellsBecomesAList() throws {
        let standard = try PDFTools.save(try builder.pdf(for: HandoutRequest(topicIDs: ["wide"], layout: layout, date: date)))
        #expect(try PDFStructure(standard).structureKinds["Table"] == 1, "at 12.5 pt the five columns fit")
        let large = try PDFTools.save(try builder.pdf(
            for: HandoutRequest(topicIDs: ["wide"], layout: largePrint, date: date)))
        let structure = try PDFStructure(large)
        #expect(structure.structureKinds["Table"] == nil)
        #expect(structure.structureKinds["LI"] == 1, "one item per row")
        let text = try PDFTools.text(large)
        for line in ["Alpha column: apples and pears", "Charlie column: cheese on toast", "Echo column: eggs and ham"] {
            #expect(text.contains(line))
        }
        #expect(try PDFValidator.report(large, profiles: [.ua1, .a2a]) == nil)
    }
}

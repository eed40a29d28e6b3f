import Document
import HandoutTestSupport
import PageModel
import Testing
@testable import Typesetting

@Suite struct PaginationTests {
    func line(_ height: Double, space: Double = 0, keep: Bool = false) -> FlowLine {
        FlowLine(height: height, spaceBefore: space, items: [], keepWithNext: keep)
    }

    @Test func everyLineIsPlacedOnceInOrderAndFitsItsPage() {
        let lines: [FlowLine] = (0..<200).map { (index: Int) -> FlowLine in
            line(10 + Double(index % 7), space: Double(index % 3) * 4, keep: index % 5 == 0)
        }
        let pages = Paginator(contentHeight: 300).pages(lines)
        let placedHeights: [Double] = pages.flatMap { $0 }.map { $0.line.height }
        #expect(placedHeights == lines.map { $0.height })
        for page in pages {
            #expect(page.first?.spaceAbove == 0, "space before vanishes at the top of a page")
            #expect(page.last.map { $0.top + $0.line.height } ?? 0 <= 300)
        }
    }

    @Test func aPageNeverEndsOnAKeptLineWhenItCanBreakEarlier() {
        var lines = (0..<9).map { _ in line(30) }
        lines[8].keepWithNext = true
        lines += [line(30), line(30)]
        let pages = Paginator(contentHeight: 290).pages(lines)
        #expect(pages.map(\.count) == [8, 3])
    }

    @Test func anUnbreakableChainLongerThanAPageStillEnds() {
        let lines = (0..<50).map { _ in line(20, keep: true) }
        let pages = Paginator(contentHeight: 100).pages(lines)
        #expect(pages.map(\.count) == Array(repeating: 5, count: 10))
        #expect(Paginator(contentHeight: 10).pages([line(40), line(40)]).map(\.count) == [1, 1])
    }

    @Test func headingsNeverEndAPageInARealHandout() throws {
        let library = try ContentLibrary.load(from: Repository.content)
        let handout = try Handout.compose(
            title: "All", topics: library.topics, glossary: library.glossary, details: .none)
        let typesetter = Typesetter(fontSet: try FontSet(directory: Repository.fonts), hyphenation: try Hyphenation())
        let layout = try LayoutLoader.load(Repository.layouts.appendingPathComponent("standard.yaml"), name: "standard")
        let document = typesetter.typeset(handout, layout: layout, info: DocumentInfo(title: "All", subject: "", creator: "", date: "2026-01-01"))
        let headingSizes = Set(layout.text.headingSizes)
        for page in document.pages.dropLast() {
            let bodyRuns = page.items.compactMap { item -> GlyphRun? in
                guard case let .text(run) = item, run.origin.y < layout.page.height - layout.page.marginBottom,
                    run.origin.y > layout.page.marginTop
                else { return nil }
                return run
            }
            let lastLineY = bodyRuns.map(\.origin.y).max()!
            let lastLine = bodyRuns.filter { $0.origin.y == lastLineY }
            #expect(!lastLine.allSatisfy { headingSizes.contains($0.size) }, "page ends with heading \(lastLine.map(\.text))")
        }
    }

    /// The writing page's line count comes from sizes: no size traps its conversion to a count.
    @Test func writingLinesFitTheRoomAndNoSizeTrapsTheCount() throws {
        #expect(Typesetter.writingLineCount(room: 700, spacing: 26.4) == 26)
        #expect(Typesetter.writingLineCount(room: -50, spacing: 26.4) == 0)
        #expect(Typesetter.writingLineCount(room: .infinity, spacing: 26.4) == 0)
        #expect(Typesetter.writingLineCount(room: 700, spacing: 0) == 0)
        #expect(Typesetter.writingLineCount(room: .nan, spacing: 26.4) == 0)
        #expect(Typesetter.writingLineCount(room: 1e300, spacing: 26.4) == Typesetter.mostWritingLines)
        let typesetter = try Typesetter(fontSet: FontSet(directory: Repository.fonts), hyphenation: Hyphenation())
        let layout = try LayoutLoader.load(Repository.layouts.appendingPathComponent("standard.yaml"), name: "standard")
        for height in [1e300, .infinity, .nan] {
            let page = typesetter.writingPage(
                title: "Notes", frame: FlowFrame(x: 0, width: 400, band: nil), style: TypesetStyle(layout), contentHeight: height)
            #expect(!page.isEmpty && page.count <= Typesetter.mostWritingLines + 2)
        }
    }
}

import Document
import HandoutTestSupport
import PageModel
import Testing
@testable import Typesetting

/// Keep rules on constructed cases: each case is set once, then paginated at many page heights,
/// and the rule must hold wherever the pages happen to break.
@Suite struct PageBreakRulesTests {
    let setter: ParagraphSetter
    let style: TypesetStyle
    static let pageHeights = stride(from: 60.0, through: 420, by: 4.5)

    init() throws {
        let shaper = Shaper(fontSet: try FontSet(directory: Repository.fonts))
        let hyphenation = try Hyphenation(exceptionsFile: Repository.content.appendingPathComponent("hyphenation-exceptions.txt"))
        setter = ParagraphSetter(shaper: shaper, breaker: ParagraphBreaker(shaper: shaper, hyphenator: Hyphenator(hyphenation: hyphenation)))
        style = TypesetStyle(try LayoutLoader.load(Repository.layouts.appendingPathComponent("standard.yaml"), name: "standard"))
    }

    /// The flow lines of `blocks` set `width` wide, and the range of lines each block made.
    func flow(_ blocks: [Block], width: Double = 300) -> (lines: [FlowLine], blocks: [Range<Int>]) {
        var flow = BlockFlow(setter: setter, style: style)
        var ranges: [Range<Int>] = []
        for block in blocks {
            let start = flow.lines.count
            flow.add(block, in: FlowFrame(x: 0, width: width, band: nil), space: style.paragraphSpace)
            ranges.append(start..<flow.lines.count)
        }
        return (flow.lines, ranges)
    }

    /// The page each line lands on, for pages `height` high.
    func pageOfEachLine(_ lines: [FlowLine], height: Double) -> [Int] {
        Paginator(contentHeight: height).pages(lines).enumerated().flatMap { page, placed in
            Array(repeating: page, count: placed.count)
        }
    }

    func text(_ line: FlowLine) -> String {
        line.items.compactMap { item -> String? in
            if case let .text(run) = item { return run.text }
            return nil
        }.joined()
    }

    func isText(_ line: FlowLine) -> Bool { !text(line).isEmpty }

    func paragraph(_ text: String) -> Block { .paragraph([TextSpan(text)]) }

    static let sentence = "Your specialist nurse can answer questions about chemoembolisation and the medicines you take afterwards."

    @Test func aParagraphKeepsTwoLinesTogetherAtEachEnd() {
        let (lines, blocks) = flow([
            paragraph("A short opening paragraph."), paragraph(Array(repeating: Self.sentence, count: 3).joined(separator: " ")),
            paragraph(Array(repeating: Self.sentence, count: 2).joined(separator: " ")),
        ])
        #expect(blocks[1].count >= 6)
        for height in Self.pageHeights {
            let pages = pageOfEachLine(lines, height: height)
            for block in blocks where block.count >= 2 {
                let first = pages[block.lowerBound]
                let last = pages[block.upperBound - 1]
                #expect(pages[block.lowerBound + 1] == first, "an orphan at height \(height)")
                #expect(pages[block.upperBound - 2] == last, "a widow at height \(height)")
            }
        }
    }

    @Test func aHeadingStaysWithTwoLinesOfWhatFollows() {
        let (lines, blocks) = flow([
            paragraph(Array(repeating: Self.sentence, count: 2).joined(separator: " ")),
            .heading(level: 2, [TextSpan("After the treatment")]), paragraph("One line."),
            paragraph("Another line."), paragraph(Array(repeating: Self.sentence, count: 2).joined(separator: " ")),
        ])
        let headingLine = blocks[1].lowerBound
        let following = (blocks[2].lowerBound..<lines.count).filter { isText(lines[$0]) }.prefix(2)
        #expect(following.count == 2)
        let chain = lines[headingLine...following.last!].reduce(0) { $0 + $1.height + $1.spaceBefore }
        for height in Self.pageHeights where height >= chain {
            let pages = pageOfEachLine(lines, height: height)
            for line in following { #expect(pages[line] == pages[headingLine], "height \(height)") }
        }
    }

    @Test func aListItemKeepsItsFirstTwoLinesTogether() {
        let item: [Block] = [paragraph("Things that help at home"), .list(ListBlock(ordered: false, items: [[paragraph("rest")], [paragraph("drink water")]]))]
        let (lines, blocks) = flow([
            paragraph(Array(repeating: Self.sentence, count: 2).joined(separator: " ")),
            .list(ListBlock(ordered: true, items: Array(repeating: item, count: 5))),
        ])
        // Each item is three one-line blocks: its label line and the next must share a page.
        let labelled = blocks[1].filter { index in lines[index].items.contains { item in
            if case let .text(run) = item { return run.text.hasSuffix(".") && run.text.count <= 3 }
            return false
        } }
        #expect(labelled.count == 5)
        for height in Self.pageHeights {
            let pages = pageOfEachLine(lines, height: height)
            for line in labelled { #expect(pages[line + 1] == pages[line], "height \(height)") }
        }
    }

    @Test func aShortCalloutIsNeverSplit() {
        let (lines, blocks) = flow([
            paragraph(Array(repeating: Self.sentence, count: 3).joined(separator: " ")),
            .callout([paragraph("Call us straight away if you have a high temperature."), paragraph("Day or night.")]),
            paragraph(Array(repeating: Self.sentence, count: 2).joined(separator: " ")),
        ])
        let callout = blocks[1]
        let height = lines[callout].reduce(0) { $0 + $1.height + $1.spaceBefore }
        for pageHeight in Self.pageHeights where pageHeight >= height {
            let pages = pageOfEachLine(lines, height: pageHeight)
            #expect(Set(callout.map { pages[$0] }).count == 1, "height \(pageHeight)")
        }
    }

    @Test func spaceBeforeABlockVanishesAtTheTopOfAPage() {
        let (lines, _) = flow((0..<8).map { _ in paragraph(Self.sentence) })
        for height in Self.pageHeights {
            let tops = Paginator(contentHeight: height).pages(lines).map { $0.first.map { $0.top + $0.spaceAbove } }
            #expect(tops.allSatisfy { $0 == 0 })
        }
    }

    @Test func aPageDoesNotEndWithAHyphenatedWordWhenItCanEndElsewhere() {
        let long = Array(repeating: Self.sentence, count: 6).joined(separator: " ")
        let (lines, _) = flow([paragraph(long), paragraph(long)], width: 160)
        let hyphenated = lines.indices.filter { text(lines[$0]).hasSuffix("-") }
        #expect(hyphenated.count >= 2, "the case needs hyphenated lines")
        for height in Self.pageHeights {
            for page in Paginator(contentHeight: height).pages(lines).dropLast() {
                guard let last = page.last, text(last.line).hasSuffix("-") else { continue }
                // Only a page that is one unbreakable run of lines may end there.
                let breakable = page.filter { !$0.line.keepWithNext }.count
                #expect(breakable == 0, "height \(height)")
            }
        }
    }

    @Test func headingsAreNeverHyphenated() {
        let words = "Understanding chemoembolisation, radioembolisation, immunosuppressants and gastroenterologists"
        let (headingLines, _) = flow([.heading(level: 2, [TextSpan(words)])], width: 150)
        let (paragraphLines, _) = flow([paragraph(words)], width: 150)
        #expect(headingLines.count >= 3)
        #expect(headingLines.filter { text($0).hasSuffix("-") }.isEmpty)
        #expect(paragraphLines.filter { text($0).hasSuffix("-") }.count > 0, "the same words as body text are hyphenated")
    }
}

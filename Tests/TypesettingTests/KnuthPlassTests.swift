import PageModel
import Testing
@testable import Typesetting

/// The breaker on fake text of fixed advances: every letter is 1 wide, every space 1.
@Suite struct KnuthPlassTests {
    /// A fake word (or piece of one) as wide as it has letters.
    func word(_ text: String, _ joint: Joint = .space) -> Word {
        Word(
            parts: [WordPart(text: text, font: 0, size: 10, color: .black, width: Double(text.count))],
            spaceWidth: 1, spaceFont: 0, joint: joint)
    }

    /// The words of `text`, split at spaces; "ab|cd" marks a hyphenation point with a hyphen 1 wide.
    func words(_ text: String) -> [Word] {
        text.split(separator: " ").flatMap { spaced -> [Word] in
            let pieces = spaced.split(separator: "|").map(String.init)
            return pieces.enumerated().map { index, piece in
                word(piece, index < pieces.count - 1 ? .hyphenation(hyphenWidth: 1) : .space)
            }
        }
    }

    /// The lines `breaker` chooses for `words`, as text, hyphens shown where a line breaks at one.
    func lines(_ words: [Word], measure: Double, justified: Bool = false, costs: BreakCosts = BreakCosts()) -> [String] {
        let paragraph = ParagraphItems(words, justified: justified, rightStretch: 4, costs: costs)
        var start = 0
        return KnuthPlassBreaker(measure: measure, costs: costs).breaks(paragraph.items).map { lineBreak in
            let end = paragraph.wordsBefore[lineBreak.position]
            defer { start = end }
            return LineAssembler.joiningPieces(Array(words[start..<end])).map(\.text).joined(separator: " ")
        }
    }

    @Test func itBalancesLinesWhereFirstFitLeavesOneShort() {
        let text = words("aaaa bbbb cc dddddddd")
        #expect(GreedyLineBreaker(measure: 10).lines(text).map { $0.map(\.text).joined(separator: " ") }
            == ["aaaa bbbb", "cc", "dddddddd"])
        // Shortfalls 6 and 3 beat 1 and 8: badness grows with the cube of the shortfall.
        #expect(lines(text, measure: 10) == ["aaaa", "bbbb cc", "dddddddd"])
    }

    @Test func itFindsTheOptimumOfItemsBuiltByHand() {
        // "aaaa bbbb cc dddddddd" as Knuth and Plass build ragged right: a stretch of 4 at the
        // end of any line, given back by the glue after the break if the line goes on.
        let space: [BreakItem] = [
            .glue(width: 0, stretch: 4, shrink: 0), .penalty(width: 0, cost: 0, flagged: false),
            .glue(width: 1, stretch: -4, shrink: 0),
        ]
        let items: [BreakItem] =
            [.box(width: 4)] + space + [.box(width: 4)] + space + [.box(width: 2)] + space
            + [.box(width: 8), .noBreak, .fill, .forcedBreak]
        let breaks = KnuthPlassBreaker(measure: 10).breaks(items)
        // After "aaaa" (short by 6 of a stretch of 4), after "cc" (short by 3), and the end.
        #expect(breaks == [
            .init(position: 2, ratio: 1.5), .init(position: 10, ratio: 0.75), .init(position: 15, ratio: 0),
        ])
    }

    @Test func justifiedLinesFillTheMeasureExactly() {
        let text = words("aaa bbb ccc ddd eee fff ggg hhh iii")
        let costs = BreakCosts()
        let paragraph = ParagraphItems(text, justified: true, rightStretch: 0, costs: costs)
        let breaks = KnuthPlassBreaker(measure: 13, costs: costs).breaks(paragraph.items)
        var start = 0
        for lineBreak in breaks.dropLast() {
            let end = paragraph.wordsBefore[lineBreak.position]
            let line = Array(text[start..<end])
            let spaces = Double(line.count - 1)
            let stretch = lineBreak.ratio >= 0 ? BreakCosts.justifiedSpaceStretch : BreakCosts.justifiedSpaceShrink
            #expect(abs(line.lineWidth + spaces * lineBreak.ratio * stretch - 13) < 1e-9)
            start = end
        }
        #expect(breaks.last?.ratio == 0, "the last line is set at its natural width")
    }

    @Test func aHardBreakIsHonouredAndEndsItsLineLikeAParagraph() {
        var text = words("one two three four five")
        text[1].breakAfter = true
        #expect(lines(text, measure: 40) == ["one two", "three four five"])
    }

    @Test func aBoxWiderThanTheMeasureGetsALineOfItsOwn() {
        #expect(lines(words("ab abcdefghijklmnop cd"), measure: 10) == ["ab", "abcdefghijklmnop", "cd"])
    }

    @Test func theLastLineNeverStartsWithTheEndOfAHyphenatedWord() {
        let text = words("aaaaa bbb|bbbbb")
        // Without the rule, "aaaaa bbb-" fills the line exactly and the last line is free.
        var anything = BreakCosts()
        anything.forbidden = 0
        #expect(lines(text, measure: 10, costs: anything) == ["aaaaa bbb-", "bbbbb"])
        #expect(lines(text, measure: 10) == ["aaaaa", "bbbbbbbb"])
    }

    @Test func noMoreThanTwoLinesInARowEndWithAHyphen() {
        // A line "ccc pppppp-" is exactly full; "ppppppccc" is short by 2. Hyphens cost nothing here.
        let text = words("ccc " + Array(repeating: "pppppp|ccc", count: 12).joined(separator: " ") + " end")
        var limited = BreakCosts()
        limited.hyphenPenalty = 0
        limited.consecutiveHyphenDemerits = 0
        var unlimited = limited
        unlimited.maximumConsecutiveHyphens = 20
        func longestHyphenRun(_ lines: [String]) -> Int {
            var longest = 0
            var run = 0
            for line in lines {
                run = line.hasSuffix("-") ? run + 1 : 0
                longest = max(longest, run)
            }
            return longest
        }
        let free = lines(text, measure: 11, costs: unlimited)
        #expect(longestHyphenRun(free) >= 3)
        let set = lines(text, measure: 11, costs: limited)
        #expect(longestHyphenRun(set) == 2, "\(set)")
        #expect(set.joined(separator: " ").replacingOccurrences(of: "- ", with: "")
            == text.map(\.text).joined(separator: " ").replacingOccurrences(of: "pppppp ccc", with: "ppppppccc"))
    }
}

import Document
import HandoutTestSupport
import Testing
@testable import Typesetting

/// TeX's two passes: a paragraph is hyphenated only if it sets badly without hyphens.
@Suite struct TwoPassHyphenationTests {
    let breaker: ParagraphBreaker
    let style = TextStyle(size: 12, color: .black, linkColor: .black, lineHeight: 1.4, hyphenate: true)

    init() throws {
        let hyphenation = try Hyphenation(exceptionsFile: Repository.content.appendingPathComponent("hyphenation-exceptions.txt"))
        breaker = ParagraphBreaker(shaper: Shaper(fontSet: try FontSet(directory: Repository.fonts)), hyphenator: Hyphenator(hyphenation: hyphenation))
    }

    func printed(_ text: String, measure: Double, style: TextStyle, breaker: ParagraphBreaker? = nil) -> [String] {
        (breaker ?? self.breaker).lines([TextSpan(text)], style: style, measure: measure).map {
            LineAssembler.joiningPieces($0.words).map(\.text).joined(separator: " ")
        }
    }

    @Test func aParagraphThatSetsWellWithoutHyphensIsNotHyphenated() {
        let text = "Your doctor will explain the treatment. You can bring someone with you to the appointment."
        #expect(!breaker.needsSecondPass([TextSpan(text)], style: style, measure: 200))
        var plain = style
        plain.hyphenate = false
        #expect(printed(text, measure: 200, style: style) == printed(text, measure: 200, style: plain))
    }

    @Test func aParagraphThatSetsBadlyWithoutHyphensIsHyphenated() {
        let text = "Chemoembolisation treats tumours. Gastroenterologists and immunosuppressants."
        #expect(breaker.needsSecondPass([TextSpan(text)], style: style, measure: 110))
        #expect(printed(text, measure: 110, style: style).contains { $0.hasSuffix("-") })
    }

    /// A word wider than the line is cut at its hyphenation points, not between any two letters.
    @Test func aWordWiderThanTheLineTakesTheSecondPass() {
        let text = "Ask about chemoembolisation"
        #expect(breaker.needsSecondPass([TextSpan(text)], style: style, measure: 70))
        #expect(printed(text, measure: 70, style: style).contains { $0.hasSuffix("-") })
    }

    @Test func withoutAPretoleranceEveryParagraphIsHyphenatedAsBefore() {
        var everywhere = breaker
        everywhere.costs.pretolerance = nil
        let text = "Your doctor will explain the treatment. You can bring someone with you to the appointment."
        #expect(everywhere.needsSecondPass([TextSpan(text)], style: style, measure: 200))
    }

    /// Every paragraph of the shipped content that the first pass keeps has no line more than
    /// the ragged margin's stretch (2 em, badness 100) short of the measure, and no hyphenation break.
    @Test func whatTheFirstPassKeepsIsWithinThePretolerance() throws {
        let library = try ContentLibrary.load(from: Repository.content)
        let paragraphs = try library.topics.flatMap { try RaggednessSurvey.paragraphs(in: $0.blocks(for: .none)) }
        var kept = 0
        for spans in paragraphs where !breaker.needsSecondPass(spans, style: style, measure: 451) {
            kept += 1
            for line in breaker.lines(spans, style: style, measure: 451) where !line.isLast {
                #expect(451 - line.words.lineWidth <= BreakCosts.raggedRightStretch * style.size + 1e-6)
                let atHyphenationPoint = if case .hyphenation = line.words.last?.joint { true } else { false }
                #expect(!atHyphenationPoint)
            }
        }
        #expect(kept > paragraphs.count / 2, "most paragraphs set well without hyphens")
    }
}

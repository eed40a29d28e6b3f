import Document
import HandoutTestSupport
import PageModel
import Testing
@testable import Typesetting

@Suite struct LineBreakingTests {
    let shaper: Shaper
    let breaker: ParagraphBreaker
    let style = TextStyle(size: 12, color: .black, linkColor: .black, lineHeight: 1.4, hyphenate: true)

    init() throws {
        shaper = Shaper(fontSet: try FontSet(directory: Repository.fonts))
        let hyphenation = try Hyphenation(exceptionsFile: Repository.content.appendingPathComponent("hyphenation-exceptions.txt"))
        breaker = ParagraphBreaker(shaper: shaper, hyphenator: Hyphenator(hyphenation: hyphenation))
    }

    /// The lines of `text` as printed: pieces of words joined, the hyphen added at a hyphenation break.
    func printed(_ text: String, measure: Double, style: TextStyle? = nil) -> [String] {
        breaker.lines([TextSpan(text)], style: style ?? self.style, measure: measure).map {
            LineAssembler.joiningPieces($0.words).map(\.text).joined(separator: " ")
        }
    }

    /// How wide a line is once assembled and drawn: the right edge of its last glyph run.
    func drawnWidth(_ line: BrokenLine, measure: Double) -> Double {
        LineAssembler(shaper: shaper).items(
            line.words, x: 0, baseline: 10, lineHeight: 14, justifiedTo: line.justified ? measure : nil)
            .compactMap { item -> Double? in
                guard case let .text(run) = item else { return nil }
                return run.origin.x + run.width
            }.max() ?? 0
    }

    @Test(arguments: [false, true])
    func noLineOfTheWholeLibraryIsWiderThanItsMeasure(justified: Bool) throws {
        let library = try ContentLibrary.load(from: Repository.content)
        let paragraphs = try library.topics.flatMap { try RaggednessSurvey.paragraphs(in: $0.blocks(for: .none)) }
        var style = self.style
        style.justify = justified
        for measure in [90.0, 200, 451] {
            var lineCount = 0
            for spans in paragraphs {
                let lines = breaker.lines(spans, style: style, measure: measure)
                lineCount += lines.count
                for line in lines {
                    let width = drawnWidth(line, measure: measure)
                    #expect(width <= measure + 1e-6, "measure \(measure): \(line.words.map(\.text))")
                    if line.justified, line.words.dropLast().contains(where: { $0.joint == .space }) {
                        #expect(abs(width - measure) < 1e-6, "a justified line fills its measure")
                    }
                }
                // Nothing is lost or added but hyphens at hyphenation breaks.
                let words = lines.flatMap { LineAssembler.joiningPieces($0.words) }.map(\.text)
                let text = WordCollector.printable(spans).map(\.text).joined()
                #expect(words.joined() == text.filter { !$0.isWhitespace } || lines.contains { $0.endsWithHyphen })
            }
            #expect(lineCount > 300)
        }
    }

    @Test func aWordLongerThanTheLineIsCutNeverOverflows() {
        let lines = printed("Blood tests check your bilirubinbilirubinbilirubinbilirubin levels", measure: 120)
        let widest = lines.map { shaper.width($0, font: 0, size: 12) }.max() ?? 0
        #expect(widest <= 120)
        #expect(lines.count >= 4)
        let text = lines.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }.joined()
        #expect(text.replacingOccurrences(of: " ", with: "") == "Bloodtestscheckyourbilirubinbilirubinbilirubinbilirubinlevels")
    }

    @Test func webAddressesBreakAfterASlashWithoutAHyphen() {
        let address = "www.example.org/patient-information/secondary-liver-cancer/treatments"
        let lines = printed("See \(address) today", measure: 150)
        #expect(lines.count >= 3)
        // Lines inside the address end after a slash or the address's own hyphen, never a new one.
        let insideAddress = lines.dropLast().filter { $0.contains(".org") || $0.hasPrefix("secondary") || $0.hasPrefix("patient") }
        #expect(!insideAddress.isEmpty)
        for line in insideAddress { #expect(line.hasSuffix("/") || line.hasSuffix("-"), "\(line)") }
        #expect(lines.map { $0.replacingOccurrences(of: " ", with: "") }.joined() == "See\(address)today")
    }

    @Test func breakOpportunitiesFollowTheUnicodeRules() {
        func cuts(_ text: String) -> [Joint?] {
            let characters = Array(text)
            return characters.indices.dropLast().map { WordSegmenter.breakAfter($0, in: characters) }.filter { $0 != nil }
        }
        #expect(cuts("self-care") == [.explicitHyphen])
        #expect(cuts("and/or") == [.open])
        #expect(cuts("24/7").isEmpty, "no break before a digit")
        #expect(cuts("nhs.uk/conditions") == [.open])
        #expect(cuts("https://nhs.uk").isEmpty, "never inside //")
        #expect(cuts("pain—relief") == [.open], "after an em dash")
        #expect(cuts("3–7").isEmpty, "an en dash between numbers holds")
        #expect(cuts("-5").isEmpty && cuts("x-").isEmpty)
    }

    @Test func aBreakAfterAHyphenOrSlashAddsNoSpaceAndNoSecondHyphen() {
        let words = breaker.lines([TextSpan("self-care")], style: style, measure: 400)[0].words
        #expect(words.map(\.text) == ["self-", "care"])
        #expect(LineAssembler.joiningPieces(words).map(\.text) == ["self-care"])
        let narrow = printed("Radiofrequency-assisted surgery and chemoembolisation-related care", measure: 100)
        #expect(narrow.allSatisfy { !$0.hasSuffix("--") && !$0.contains(" -") })
    }

    /// The hyphen is drawn as a run of its own in an artifact, so the structure reads the word whole.
    @Test func aHyphenatedLineEndsWithAPlainHyphenInAnArtifact() throws {
        let lines = breaker.lines(
            [TextSpan("The doctor gives chemoembolisation through a catheter in the hepatic artery to the tumour.")],
            style: style, measure: 150)
        let hyphenated = try #require(lines.first { $0.endsWithHyphen })
        let items = LineAssembler(shaper: shaper).items(hyphenated.words, x: 0, baseline: 10, lineHeight: 14)
        let runs = items.compactMap { item -> GlyphRun? in
            if case let .text(run) = item { return run }
            return nil
        }
        let hyphen = try #require(runs.last)
        #expect(hyphen.text == "-")
        #expect(Array(items.suffix(3)) == [.begin(.artifact(.lineEndHyphen)), .text(hyphen), .end])
        #expect(runs.map(\.text).joined().filter { $0 == "-" }.count == 1)
    }

    @Test func wordsFillLinesFirstFitAndKeepTheirOrder() {
        let words = WordCollector(shaper: shaper).words([TextSpan("one two three four five six seven")], style: style)
        let broken = GreedyLineBreaker(measure: shaper.width("one two three", font: 0, size: 12) + 0.01).lines(words)
        #expect(broken.map { $0.map(\.text).joined(separator: " ") } == ["one two three", "four five six", "seven"])
    }

    @Test func hardBreaksEndTheLine() {
        let lines = breaker.lines([TextSpan("first"), .lineBreak, TextSpan("second")], style: style, measure: 400)
        #expect(lines.map { $0.words.map(\.text) } == [["first"], ["second"]])
        #expect(lines.filter(\.isLast).count == 2, "a hard break ends its line like a paragraph end")
    }

    @Test func printedLinksShowTheirAddress() {
        let spans = WordCollector.printable([TextSpan("our page", link: "https://example.org/help/")])
        #expect(spans.map(\.text) == ["our page", " (example.org/help)"])
    }
}

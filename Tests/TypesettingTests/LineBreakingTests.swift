import Document
import HandoutTestSupport
import PageModel
import Testing
@testable import Typesetting

@Suite struct LineBreakingTests {
    let shaper: Shaper
    let style = TextStyle(size: 12, color: .black, linkColor: .black, lineHeight: 1.4)

    init() throws {
        shaper = Shaper(fontSet: try FontSet(directory: Repository.fonts))
    }

    func lines(_ text: String, measure: Double) -> [[Word]] {
        let words = WordCollector(shaper: shaper).words([TextSpan(text)], style: style)
        return GreedyLineBreaker(measure: measure).lines(WordSplitter(shaper: shaper, measure: measure).fitting(words))
    }

    func width(_ line: [Word]) -> Double {
        line.reduce(0) { $0 + $1.width } + line.dropLast().reduce(0) { $0 + $1.spaceWidth }
    }

    @Test func noLineOfTheWholeLibraryIsWiderThanItsMeasure() throws {
        let library = try ContentLibrary.load(from: Repository.content)
        let text = library.topics.flatMap { try! $0.blocks(for: .none) }.map(\.plainText).joined(separator: " ")
        for measure in [90.0, 200, 451] {
            let broken = lines(text, measure: measure)
            #expect(broken.count > 10)
            #expect(broken.allSatisfy { width($0) <= measure + 1e-9 }, "measure \(measure)")
            #expect(broken.flatMap { $0 }.map(\.text).joined(separator: " ") == text.split(whereSeparator: \.isWhitespace).joined(separator: " ") || measure == 90)
        }
    }

    @Test func aWordLongerThanTheLineIsCutNeverOverflows() {
        let address = "www.example.org/patient-information/secondary-liver-cancer/treatments"
        let broken = lines("See \(address) today", measure: 120)
        #expect(broken.allSatisfy { width($0) <= 120 })
        #expect(broken.flatMap { $0 }.map(\.text).joined() == "See\(address)today")
        #expect(broken.count >= 4)
    }

    @Test func wordsFillLinesFirstFitAndKeepTheirOrder() {
        let broken = lines("one two three four five six seven", measure: shaper.width("one two three", font: 0, size: 12) + 0.01)
        #expect(broken.map { $0.map(\.text).joined(separator: " ") } == ["one two three", "four five six", "seven"])
    }

    @Test func hardBreaksEndTheLine() {
        let words = WordCollector(shaper: shaper).words([TextSpan("first"), .lineBreak, TextSpan("second")], style: style)
        #expect(GreedyLineBreaker(measure: 400).lines(words).map { $0.map(\.text) } == [["first"], ["second"]])
    }

    @Test func printedLinksShowTheirAddress() {
        let spans = WordCollector.printable([TextSpan("our page", link: "https://example.org/help/")])
        #expect(spans.map(\.text) == ["our page", " (example.org/help)"])
    }
}

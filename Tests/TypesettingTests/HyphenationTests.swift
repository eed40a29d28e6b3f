import Document
import Foundation
import HandoutTestSupport
import Testing
@testable import Typesetting

@Suite struct HyphenationTests {
    static let exceptionsFile = Repository.content.appendingPathComponent("hyphenation-exceptions.txt")
    let hyphenation: Hyphenation
    let patternsOnly: Hyphenation

    init() throws {
        hyphenation = try Hyphenation(exceptionsFile: Self.exceptionsFile)
        patternsOnly = try Hyphenation()
    }

    /// `word` with a hyphen at every point `hyphenation` allows.
    func hyphenated(_ word: String, _ hyphenation: Hyphenation? = nil) -> String {
        var text = Array(word).map(String.init)
        for point in (hyphenation ?? self.hyphenation).points(word).reversed() { text.insert("-", at: point) }
        return text.joined()
    }

    @Test func medicalWordsFollowTheExceptionsList() {
        #expect(hyphenated("gastroenterologist") == "gas-tro-en-ter-ol-o-gist")
        #expect(hyphenated("immunosuppressants") == "im-mu-no-sup-pres-sants")
        #expect(hyphenated("paracetamol") == "para-cet-a-mol")
        #expect(hyphenated("chemoembolisation") == "chemo-em-bol-isa-tion")
        #expect(hyphenated("Chemoembolisation") == "Chemo-em-bol-isa-tion", "capitalised at the start of a sentence")
        // What the patterns alone would do.
        #expect(hyphenated("gastroenterologist", patternsOnly) == "gast-roen-ter-o-lo-gist")
        #expect(hyphenated("paracetamol", patternsOnly) == "paracetamol")
        #expect(hyphenated("painkillers", patternsOnly) == "paink-illers")
        #expect(hyphenated("painkillers") == "pain-killers")
    }

    @Test func everyExceptionChangesWhatThePatternsDo() throws {
        let text = try String(contentsOf: Self.exceptionsFile, encoding: .utf8)
        let words = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { $0.replacingOccurrences(of: "-", with: "") }
        #expect(words.count >= 20)
        for word in words {
            #expect(hyphenation.points(word) != patternsOnly.points(word), "\(word) is listed but the patterns agree")
        }
    }

    @Test func atLeastTwoLettersStayAndThreeGoOver() throws {
        let library = try ContentLibrary.load(from: Repository.content)
        let text = try library.topics.flatMap { try $0.blocks(for: .none) }.map(\.plainText).joined(separator: " ")
        let words = Set(text.split { !$0.isLetter }.map(String.init))
        var hyphenatedWords = 0
        for word in words {
            let points = hyphenation.points(word)
            if !points.isEmpty { hyphenatedWords += 1 }
            #expect(points.allSatisfy { $0 >= 2 && $0 <= word.count - 3 }, "\(word): \(points)")
        }
        #expect(hyphenatedWords > 200)
        #expect(hyphenation.points("ab-") == [] && hyphenation.points("smaller") == [])
    }

    @Test func abbreviationsNamesAddressesAndPossessivesStayWhole() {
        let hyphenator = Hyphenator(hyphenation: hyphenation)
        #expect(hyphenator.points(in: "SIRT") == [])
        #expect(hyphenator.points(in: "Radiotherapy") == hyphenation.points("Radiotherapy"))
        #expect(hyphenator.points(in: "McMillan") == [])
        #expect(hyphenator.points(in: "oncologist's") == [])
        #expect(hyphenator.points(in: "www.example.org/information") == [])
        #expect(hyphenator.points(in: "(chemoembolisation),") == hyphenation.points("chemoembolisation").map { $0 + 1 })
        #expect(hyphenator.points(in: "self-management") == hyphenation.points("management").map { $0 + 5 })
    }

    @Test func theExceptionsListReportsItsMistakesByLine() {
        func parse(_ text: String) throws { _ = try HyphenationExceptions(parsing: text, file: "exceptions.txt") }
        #expect { try parse("# medical\nchemo-em-bol-isa-tion\nchemo--therapy\n") } throws: { error in
            (error as? ContentError)?.description.hasPrefix("exceptions.txt:3: 'chemo--therapy' is not a word") == true
        }
        #expect { try parse("Para-cet-a-mol") } throws: { error in (error as? ContentError)?.line == 1 }
        #expect { try parse("para-cet-a-mol\npara-ce-ta-mol") } throws: { error in
            (error as? ContentError)?.description == "exceptions.txt:2: 'paracetamol' is listed twice"
        }
    }

    @Test func missingPatternsAreAClearError() {
        #expect(throws: TypesettingError.hyphenationPatternsMissing("/nowhere/hyph_en_GB.dic")) {
            try Hyphenation(patternsPath: "/nowhere/hyph_en_GB.dic")
        }
    }

    @Test func oneHyphenationServesManyTasksAtOnce() async {
        let words = ["chemotherapy", "radiotherapy", "embolisation", "gastroenterologist", "information", "hospital"]
        let shared = hyphenation
        let expected = words.map { shared.points($0) }
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<200).allSatisfy { _ in words.map { shared.points($0) } == expected } }
            }
            for await agreed in group { #expect(agreed) }
        }
    }
}

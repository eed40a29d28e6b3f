import Testing
@testable import Document

/// Syllable counting and Flesch–Kincaid figures on texts counted by hand.
@Suite struct ReadabilityTests {
    @Test(arguments: [
        ("the", 1), ("cat", 1), ("make", 1), ("table", 2), ("people", 2), ("makes", 1), ("changes", 2),
        ("boxes", 2), ("called", 1), ("needed", 2), ("started", 2), ("tiredness", 2), ("likely", 2),
        ("only", 2), ("radiation", 4), ("radiotherapy", 6), ("yttrium", 3), ("usually", 4), ("you", 1),
        ("beyond", 2), ("going", 2), ("dying", 2), ("saying", 2), ("type", 1), ("chemotherapy", 5), ("embolisation", 5), ("palliative", 4), ("microspheres", 3),
        ("question", 2), ("special", 2), ("quality", 3), ("CT", 2), ("SIR-spheres", 4), ("90", 2), ("2", 1),
    ])
    func syllables(word: String, expected: Int) {
        #expect(SyllableCounter.syllables(in: word) == expected, "\(word)")
    }

    @Test func aOneSyllableSentence() {
        // 6 words, 6 syllables, 1 sentence: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45.
        let figures = Readability(text: "The cat sat on the mat.", glossary: Glossary(entries: []))
        #expect(figures == Readability(words: 6, sentences: 1, syllables: 6, everydayWords: 6, everydaySyllables: 6))
        #expect(abs(figures.grade - -1.45) < 1e-9)
    }

    @Test func medicalTermsAreSetAsideFromSyllablesButNotSentenceLength() {
        // Your(1) doctor(2) will(1) explain(2) the(1) treatment(2). It(1) is(1) called(1) radiotherapy(6).
        // 10 words, 18 syllables, 2 sentences: 0.39 × 5 + 11.8 × 1.8 − 15.59 = 7.6.
        // Without "radiotherapy": 9 words, 12 syllables: 0.39 × 5 + 11.8 × 12/9 − 15.59 ≈ 2.093.
        let glossary = Glossary(entries: [GlossaryEntry(term: "radiotherapy", definition: "Treatment with rays.")])
        let text = "Your doctor will explain the treatment. It is called radiotherapy."
        let figures = Readability(text: text, glossary: glossary)
        #expect(figures == Readability(words: 10, sentences: 2, syllables: 18, everydayWords: 9, everydaySyllables: 12))
        #expect(figures.averageSentenceLength == 5)
        #expect(abs(figures.grade - 7.6) < 1e-9)
        #expect(abs(figures.gradeMedicalTermsAside - (1.95 + 11.8 * 12 / 9 - 15.59)) < 1e-9)
        #expect(!figures.isOverGradeLimit)
    }

    @Test func headingsAndListItemsEndSentencesAndQuotesMayFollowAFullStop() {
        let text = "How it is done\nA tube goes in\nIt is quick.” Then you rest! Is that all?"
        let figures = Readability(text: text, glossary: Glossary(entries: []))
        #expect(figures.sentences == 5)
        #expect(figures.words == 17)
    }

    @Test func emptyTextHasNoGrade() {
        let figures = Readability(text: "", glossary: Glossary(entries: []))
        #expect(figures.words == 0 && figures.sentences == 0 && figures.grade == 0)
    }
}

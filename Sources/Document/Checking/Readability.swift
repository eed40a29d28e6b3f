/// Reading-level figures for a text: words, sentences, syllables and the Flesch–Kincaid grade,
/// both for all words and with medical terms (glossary terms) set aside.
///
/// - A word is a run of characters between spaces that holds a letter or a digit.
/// - A sentence ends at a word ending in ".", "!" or "?" (closing quotes and brackets allowed
///   after it), and at the end of every line: headings and list items count as sentences.
/// - Syllables are counted by ``SyllableCounter``.
/// - Grade = 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
/// - "Medical terms aside": words inside a use of a glossary term (or its `also` forms) still
///   count towards sentence length, but are left out of syllables per word. A text full of
///   long medical words the glossary explains is then judged on its everyday wording.
public struct Readability: Sendable, Equatable {
    public let words: Int
    public let sentences: Int
    public let syllables: Int
    /// Words outside glossary terms.
    public let everydayWords: Int
    /// Syllables of the words outside glossary terms.
    public let everydaySyllables: Int

    /// The grade above which a topic is flagged: the content's plain-English aim is 7 or lower.
    public static let gradeLimit = 7.0

    public init(words: Int, sentences: Int, syllables: Int, everydayWords: Int, everydaySyllables: Int) {
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
        self.everydayWords = everydayWords
        self.everydaySyllables = everydaySyllables
    }

    /// Measures `text` (plain text, one block or list item per line), setting aside `glossary` terms.
    public init(text: String, glossary: Glossary) {
        let medical = glossary.entries.flatMap { $0.uses(in: text) }
        var words = 0, sentences = 0, syllables = 0, everydayWords = 0, everydaySyllables = 0
        for line in text.split(separator: "\n") {
            var wordsInSentence = 0
            for word in line.split(whereSeparator: \.isWhitespace) where word.contains(where: { $0.isLetter || $0.isNumber }) {
                let count = SyllableCounter.syllables(in: word)
                words += 1
                syllables += count
                wordsInSentence += 1
                if !medical.contains(where: { $0.overlaps(word.startIndex..<word.endIndex) }) {
                    everydayWords += 1
                    everydaySyllables += count
                }
                if Self.endsSentence(word) {
                    sentences += 1
                    wordsInSentence = 0
                }
            }
            if wordsInSentence > 0 { sentences += 1 }
        }
        self.init(
            words: words, sentences: sentences, syllables: syllables, everydayWords: everydayWords,
            everydaySyllables: everydaySyllables)
    }

    private static func endsSentence(_ word: Substring) -> Bool {
        let closing: Set<Character> = ["\"", "'", "”", "’", ")", "]"]
        return word.reversed().first { !closing.contains($0) }.map { ".!?".contains($0) } ?? false
    }

    /// Words per sentence.
    public var averageSentenceLength: Double { sentences == 0 ? 0 : Double(words) / Double(sentences) }

    /// The Flesch–Kincaid grade of all the words.
    public var grade: Double { Self.grade(wordsPerSentence: averageSentenceLength, syllables: syllables, words: words) }

    /// The Flesch–Kincaid grade with glossary terms left out of syllables per word.
    public var gradeMedicalTermsAside: Double {
        Self.grade(wordsPerSentence: averageSentenceLength, syllables: everydaySyllables, words: everydayWords)
    }

    /// Whether the grade, medical terms aside, is over ``gradeLimit``.
    public var isOverGradeLimit: Bool { gradeMedicalTermsAside > Self.gradeLimit }

    private static func grade(wordsPerSentence: Double, syllables: Int, words: Int) -> Double {
        guard words > 0 else { return 0 }
        return 0.39 * wordsPerSentence + 11.8 * Double(syllables) / Double(words) - 15.59
    }
}

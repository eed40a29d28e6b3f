/// The words of a text, indexed once so that many terms can be looked up quickly, as whole
/// words, with or without case, allowing a plural "s" or "es" on the last word.
public struct WordIndex: Sendable {
    /// The words in order, as written and lower-cased, split at anything but letters and digits.
    private let words: [Substring]
    private let foldedWords: [Substring]
    /// Where each lower-cased word occurs.
    private let positions: [Substring: [Int]]

    public init(_ text: String) {
        let isSeparator = { (character: Character) in !(character.isLetter || character.isNumber) }
        words = text.split(whereSeparator: isSeparator)
        let folded = text.lowercased()
        let foldedWords = folded.split(whereSeparator: isSeparator)
        // Lower-casing can change a word's length (rarely); then fall back to folding word by word.
        let matched = foldedWords.count == words.count ? foldedWords : words.map { Substring($0.lowercased()) }
        self.foldedWords = matched
        positions = Dictionary(grouping: matched.indices, by: { matched[$0] })
    }

    /// Whether `phrase` (one or more words) occurs as whole words.
    public func contains(_ phrase: String, caseSensitive: Bool) -> Bool {
        let parts = phrase.lowercased().split { !($0.isLetter || $0.isNumber) }
        let written = phrase.split { !($0.isLetter || $0.isNumber) }
        guard let first = parts.first, written.count == parts.count else { return false }
        let starts = parts.count == 1 ? Self.pluralForms(first).flatMap { positions[$0] ?? [] } : positions[first] ?? []
        return starts.contains { start in
            guard start + parts.count <= words.count else { return false }
            return parts.indices.allSatisfy { offset in
                let isLast = offset == parts.count - 1
                let word = (caseSensitive ? words : foldedWords)[start + offset]
                let expected = caseSensitive ? written[offset] : parts[offset]
                return isLast ? Self.pluralForms(expected).contains(word) : word == expected
            }
        }
    }

    private static func pluralForms(_ word: Substring) -> [Substring] {
        [word, word + "s", word + "es"].map { Substring($0) }
    }
}

/// The words of a text, indexed once so that many terms can be looked up quickly, as whole
/// words, with or without case, allowing a plural "s" or "es" on the last word.
public struct WordIndex: Sendable {
    /// The words in order, split at anything that is not a letter or digit.
    private let words: [Substring]
    private let exact: Set<Substring>
    private let folded: Set<String>

    public init(_ text: String) {
        words = text.split { !($0.isLetter || $0.isNumber) }
        exact = Set(words)
        folded = Set(words.map { $0.lowercased() })
    }

    /// Whether `phrase` (one or more words) occurs as whole words.
    public func contains(_ phrase: String, caseSensitive: Bool) -> Bool {
        let parts = phrase.split { !($0.isLetter || $0.isNumber) }
        guard let first = parts.first else { return false }
        if parts.count == 1 { return Self.pluralForms(first).contains { has($0, caseSensitive) } }
        guard has(first, caseSensitive) else { return false }
        for start in words.indices where matches(words[start], first, caseSensitive, last: false) {
            guard start + parts.count <= words.count else { break }
            let run = zip(words[start..<(start + parts.count)], parts).enumerated()
            if run.allSatisfy({ matches($1.0, $1.1, caseSensitive, last: $0 == parts.count - 1) }) { return true }
        }
        return false
    }

    private func has(_ word: Substring, _ caseSensitive: Bool) -> Bool {
        caseSensitive ? exact.contains(word) : folded.contains(word.lowercased())
    }

    private func matches(_ word: Substring, _ part: Substring, _ caseSensitive: Bool, last: Bool) -> Bool {
        let forms = last ? Self.pluralForms(part) : [part]
        return forms.contains { caseSensitive ? word == $0 : word.lowercased() == $0.lowercased() }
    }

    private static func pluralForms(_ word: Substring) -> [Substring] {
        [word, word + "s", word + "es"].map { Substring($0) }
    }
}

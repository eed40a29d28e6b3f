/// Finds where the words in a piece of text may be hyphenated: which words qualify, and where
/// ``Hyphenation`` allows a hyphen in them. ``WordSegmenter`` remembers the answers.
struct Hyphenator {
    let hyphenation: Hyphenation

    /// Character offsets inside `text` where a hyphen may go.
    ///
    /// Each run of letters is a word. Words in capitals after the first letter (TACE, McDonald)
    /// are left whole, and so are words an apostrophe or a digit touches ("tumour's", "Y90").
    /// Web and email addresses are never hyphenated: the hyphen would read as part of them.
    func points(in text: String, language: String = "en-GB") -> [Int] {
        guard !Self.looksLikeAnAddress(text) else { return [] }
        let characters = Array(text)
        var points: [Int] = []
        var start = 0
        while start < characters.count {
            guard characters[start].isLetter else {
                start += 1
                continue
            }
            var end = start
            while end < characters.count, characters[end].isLetter { end += 1 }
            if Self.mayHyphenate(characters[start..<end], before: characters[..<start].last, after: characters[end...].first) {
                points += hyphenation.points(String(characters[start..<end]), language: language).map { $0 + start }
            }
            start = end
        }
        return points
    }

    private static func looksLikeAnAddress(_ text: String) -> Bool {
        text.contains("/") || text.contains("@") || text.lowercased().hasPrefix("www.")
    }

    private static func mayHyphenate(_ word: ArraySlice<Character>, before: Character?, after: Character?) -> Bool {
        let touching = [before, after].compactMap { $0 }
        return word.count >= Hyphenation.minimumBefore + Hyphenation.minimumAfter
            && !word.dropFirst().contains(where: \.isUppercase)
            && !touching.contains { $0 == "'" || $0 == "\u{2019}" || $0.isNumber }
    }
}

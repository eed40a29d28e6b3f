/// Finds abbreviations in text: whole words of two or more capital letters, such as `CT` or `GP`,
/// with an optional plural "s" (`CTs`). Hyphens and other punctuation end a word, so `SIR-spheres`
/// holds the abbreviation `SIR`.
enum Abbreviations {
    /// Each abbreviation in `text` with its range, the plural "s" left out.
    static func find(in text: String) -> [(abbreviation: String, range: Range<String.Index>)] {
        var found: [(String, Range<String.Index>)] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard WholeWords.isWordCharacter(text[index]) else {
                index = text.index(after: index)
                continue
            }
            let wordEnd = text[index...].firstIndex { !WholeWords.isWordCharacter($0) } ?? text.endIndex
            let word = text[index..<wordEnd]
            let capitals = word.hasSuffix("s") ? word.dropLast() : word
            if capitals.count >= 2, capitals.allSatisfy({ $0.isUppercase }) {
                found.append((String(capitals), capitals.startIndex..<capitals.endIndex))
            }
            index = wordEnd
        }
        return found
    }
}

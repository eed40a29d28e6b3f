/// Cuts a word that is wider than the measure into pieces that each fit, as a last resort
/// (long web addresses, say). Cuts fall between characters; no hyphen is added.
struct WordSplitter {
    let shaper: Shaper
    let measure: Double

    /// `words`, with every over-wide word replaced by pieces no wider than the measure.
    func fitting(_ words: [Word]) -> [Word] {
        words.flatMap { $0.width > measure ? split($0) : [$0] }
    }

    private func split(_ word: Word) -> [Word] {
        var pieces: [Word] = []
        var current: [WordPart] = []
        for part in word.parts {
            for character in part.text {
                let candidate = appending(character, of: part, to: current)
                if candidate.reduce(0, { $0 + $1.width }) > measure, !current.isEmpty {
                    pieces.append(Word(parts: current, spaceWidth: word.spaceWidth, spaceFont: word.spaceFont, joint: .open))
                    current = appending(character, of: part, to: [])
                } else {
                    current = candidate
                }
            }
        }
        var last = word
        last.parts = current
        return pieces + [last]
    }

    /// `parts` with `character` added, measured as it will be shaped (kerning included).
    private func appending(_ character: Character, of part: WordPart, to parts: [WordPart]) -> [WordPart] {
        var parts = parts
        if let last = parts.last, last.font == part.font, last.link == part.link, last.color == part.color,
            last.glossaryTerm == part.glossaryTerm, last.context == part.context, last.level == part.level
        {
            parts[parts.count - 1].text.append(character)
        } else {
            var piece = part
            piece.text = String(character)
            piece.width = 0
            parts.append(piece)
        }
        let last = parts[parts.count - 1]
        parts[parts.count - 1].width = shaper.width(last.text, like: last)
        return parts
    }
}

/// Breaks translated braille into lines: at blank cells, or after a hyphen that is in the
/// print, never inside a word. Braille is read cell by cell, so lines are filled first fit.
struct BrailleLineBreaker {
    /// Cells on the first line, and on every line after it.
    var firstWidth: Int
    var runoverWidth: Int

    /// A word that cannot fit on a line of the width, even broken at its hyphens.
    struct WordTooLong: Error {
        /// The word's first and last print character, as scalar offsets.
        var sources: ClosedRange<Int>
        var cells: Int
    }

    /// The lines of `translation`, without indents.
    func lines(of translation: Translation, print: [Unicode.Scalar]) throws -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var line: [UInt8] = []
        for word in words(in: translation) {
            var pieces = pieces(of: word, translation: translation, print: print)
            while !pieces.isEmpty {
                let width = lines.isEmpty ? firstWidth : runoverWidth
                let room = width - line.count - (line.isEmpty ? 0 : 1)
                // The most pieces of the word that fit in the room left on this line.
                var taken = 0
                var length = 0
                while taken < pieces.count, length + pieces[taken].count <= room {
                    length += pieces[taken].count
                    taken += 1
                }
                if taken > 0 {
                    if !line.isEmpty { line.append(Self.blank) }
                    for piece in pieces.prefix(taken) { line += translation.cells[piece] }
                    pieces.removeFirst(taken)
                    if !pieces.isEmpty { lines.append(line); line = [] }
                } else if line.isEmpty {
                    let first = translation.sources[word.lowerBound]
                    throw WordTooLong(sources: first...translation.sources[word.upperBound - 1], cells: word.count)
                } else {
                    lines.append(line)
                    line = []
                }
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    static let blank = UInt8(ascii: " ")
    static let hyphen = UInt8(ascii: "-")

    /// The ranges of cells between blank cells.
    private func words(in translation: Translation) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for (index, cell) in translation.cells.enumerated() {
            if cell == Self.blank {
                if let begun = start { words.append(begun..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let begun = start { words.append(begun..<translation.cells.count) }
        return words
    }

    /// `word` cut after each hyphen cell that translates a hyphen of the print (and only it: a
    /// contraction such as "com" is the same cell).
    private func pieces(of word: Range<Int>, translation: Translation, print: [Unicode.Scalar]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = word.lowerBound
        for index in word.dropLast() where translation.cells[index] == Self.hyphen {
            let source = translation.sources[index]
            let isPrintHyphen = print.indices.contains(source) && Self.printHyphens.contains(print[source])
            if isPrintHyphen, translation.sources[index + 1] != source {
                pieces.append(start..<index + 1)
                start = index + 1
            }
        }
        pieces.append(start..<word.upperBound)
        return pieces
    }

    /// Hyphen-minus and the Unicode hyphen.
    static let printHyphens: Set<Unicode.Scalar> = ["-", "\u{2010}"]
}

/// First-fit line breaking: as many words on a line as fit the measure.
///
/// A word wider than the measure is first cut into pieces that fit (see ``WordSplitter``),
/// so no line is ever wider than its measure.
struct GreedyLineBreaker {
    let measure: Double

    /// The words of each line, in order.
    func lines(_ words: [Word]) -> [[Word]] {
        var lines: [[Word]] = []
        var line: [Word] = []
        var width = 0.0
        for word in words {
            let gap = line.last.map(\.spaceWidth) ?? 0
            if !line.isEmpty, width + gap + word.width > measure {
                lines.append(line)
                line = []
                width = 0
            }
            width += (line.last.map(\.spaceWidth) ?? 0) + word.width
            line.append(word)
            if word.breakAfter {
                lines.append(line)
                line = []
                width = 0
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

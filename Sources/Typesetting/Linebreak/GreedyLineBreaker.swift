/// First-fit line breaking: each line takes as much as fits the measure and breaks at the last
/// place it may (a space, a hyphen, a slash, a hyphenation point) before it would overflow.
///
/// It keeps the same rules on hyphens as Knuth–Plass: no more than `maximumConsecutiveHyphens`
/// lines in a row end with a hyphen, and a paragraph's last line never carries the end of a
/// hyphenated word; where a rule forbids the last break that fits, it takes the one before.
///
/// Knuth–Plass (``KnuthPlassBreaker``) sets handouts; this is the baseline the raggedness
/// report compares it with. Words must already fit the measure (see ``WordSplitter``).
struct GreedyLineBreaker {
    let measure: Double
    var maximumConsecutiveHyphens = BreakCosts().maximumConsecutiveHyphens

    /// The words of each line, in order.
    func lines(_ words: [Word]) -> [[Word]] {
        var lines: [[Word]] = []
        var start = 0
        var hyphenRun = 0
        while start < words.count {
            var end = start + 1
            var fits = [end]
            var width = words[start].width
            while end < words.count, !words[end - 1].breakAfter {
                let previous = words[end - 1]
                width += (previous.joint == .space ? previous.spaceWidth : 0) + words[end].width
                guard width <= measure else { break }
                end += 1
                if width + words[end - 1].joint.widthAtBreak <= measure { fits.append(end) }
            }
            let lineEnd = fits.last { allowed(breakingAfter: $0 - 1, in: words, hyphenRun: hyphenRun) } ?? fits[fits.count - 1]
            lines.append(Array(words[start..<lineEnd]))
            hyphenRun = words[lineEnd - 1].joint.endsLineWithHyphen ? hyphenRun + 1 : 0
            start = lineEnd
        }
        return lines
    }

    /// Whether the rules on hyphens allow a line to end after `words[index]`.
    private func allowed(breakingAfter index: Int, in words: [Word], hyphenRun: Int) -> Bool {
        guard words[index].joint.endsLineWithHyphen else { return true }
        guard hyphenRun < maximumConsecutiveHyphens else { return false }
        // The rest must not fit on one last line.
        let rest = words[(index + 1)...].prefix { !$0.breakAfter }
        let restThroughBreak = words[(index + 1)...].prefix(rest.count + 1)
        return Array(restThroughBreak).lineWidth > measure
    }
}

import Document

extension PageComposer {
    /// The title as the running header shows it at `size`: whole if it fits `measure`, else cut
    /// after the last word that fits with an ellipsis, so large header text never runs off the page.
    /// When not even the first word fits, it is cut inside, still with the ellipsis.
    func runningTitle(size: Double, measure: Double) -> String {
        let textStyle = TextStyle(size: size, color: style.muted, linkColor: style.muted, lineHeight: 1)
        let collector = WordCollector(shaper: shaper)
        let words = collector.words([TextSpan(title)], style: textStyle)
        // Width of the first n words set on one line.
        let widths = words.indices.reduce(into: [0.0]) { widths, index in
            widths.append(widths[index] + (index == 0 ? 0 : words[index - 1].spaceWidth) + words[index].width)
        }
        guard widths[words.count] > measure else { return title }
        let ellipsis = collector.words([TextSpan("…")], style: textStyle).first?.width ?? 0
        let fitting = widths.lastIndex { $0 + ellipsis <= measure } ?? 0
        guard fitting == 0, let first = words.first?.text else {
            return words.prefix(fitting).map(\.text).joined(separator: " ") + "…"
        }
        return longestPrefix(of: first, fitting: measure, style: textStyle, collector: collector) + "…"
    }

    /// The longest start of `word` that fits `measure` with an ellipsis after it (at least one character).
    private func longestPrefix(of word: String, fitting measure: Double, style: TextStyle, collector: WordCollector) -> String {
        var prefix = ""
        for character in word {
            let longer = prefix + String(character)
            let width = collector.words([TextSpan(longer + "…")], style: style).reduce(0) { $0 + $1.width }
            guard width <= measure || prefix.isEmpty else { break }
            prefix = longer
        }
        return prefix
    }
}

import Document

extension PageComposer {
    /// The title as the running header shows it at `size`: whole if it fits `measure`, else cut
    /// after the last word that fits with an ellipsis, so large header text never runs off the page.
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
        return words.prefix(max(fitting, 1)).map(\.text).joined(separator: " ") + "…"
    }
}

import Document

extension BlockFlow {
    /// The words of a heading, with `style` made just small enough that the longest word fits
    /// `measure`, but never smaller than the body text. Large print at a large `--body-size` would
    /// otherwise cut long heading words such as "Chemoembolisation" in two.
    func headingWords(_ spans: [TextSpan], style: inout TextStyle, measure: Double) -> [Word] {
        let collector = WordCollector(shaper: shaper)
        let words = collector.words(spans, style: style)
        guard let widest = words.map(\.width).max(), widest > measure, style.size > self.style.bodySize else {
            return words
        }
        // Widths scale with the size; the small margin absorbs rounding.
        style.size = max(self.style.bodySize, style.size * measure / widest * 0.995)
        return collector.words(spans, style: style)
    }
}

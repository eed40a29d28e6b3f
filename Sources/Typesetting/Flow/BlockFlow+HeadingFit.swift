import Document

extension BlockFlow {
    /// Makes a heading's `style` just small enough that its longest word fits `measure`, but never
    /// smaller than the body text. Large print at a large `--body-size` would otherwise cut long
    /// heading words such as "Chemoembolisation" in two.
    func fitHeading(_ spans: [TextSpan], style: inout TextStyle, measure: Double) {
        let words = WordCollector(shaper: shaper).words(spans, style: style)
        guard let widest = words.map(\.width).max(), widest > measure, style.size > self.style.bodySize else { return }
        // Widths scale with the size; the small margin absorbs rounding.
        style.size = max(self.style.bodySize, style.size * measure / widest * 0.995)
    }
}

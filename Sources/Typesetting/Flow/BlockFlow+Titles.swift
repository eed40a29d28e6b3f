import Document
import PageModel

extension BlockFlow {
    /// The handout's title, at the top of page 1, over a thick accent rule.
    mutating func addTitle(_ title: String, in frame: FlowFrame) {
        var titleStyle = style.heading(level: 1)
        titleStyle.size *= 1.3
        let first = lines.count
        addParagraph([TextSpan(title)], style: titleStyle, in: frame, space: 0, keepTogether: true)
        tag(.heading1, from: first)
        addRule(in: frame, space: 0.4 * style.bodySize, color: style.accent, thickness: 3, keepWithNext: true)
    }

    /// A section's title (a level 1 heading whose place is named `anchor`), over a thin accent rule.
    mutating func addSectionTitle(_ spans: [TextSpan], anchor: String, in frame: FlowFrame) {
        addHeading(spans, level: 1, anchor: anchor, in: frame, space: style.spaceBefore(headingLevel: 1))
        addRule(in: frame, space: 0.15 * style.bodySize, color: style.accent, thickness: 1, keepWithNext: true)
        setNextSpace(style.spaceAfterHeading)
    }
}

import Document
import PageModel

/// A layout's numbers and colours, ready for typesetting.
struct TypesetStyle {
    let layout: Layout
    let text: Color
    let heading: Color
    let accent: Color
    let callout: Color
    let muted: Color
    /// The language of the text being set (the current topic's).
    var language = LanguageTag.british
    /// The fixed wording (contents and glossary headings, footer), from the content folder.
    var strings = HandoutStrings.english

    init(_ layout: Layout) {
        self.layout = layout
        // LayoutLoader has checked every colour is #rrggbb.
        text = Color(hex: layout.colours.text)!
        heading = Color(hex: layout.colours.heading)!
        accent = Color(hex: layout.colours.accent)!
        callout = Color(hex: layout.colours.callout)!
        muted = Color(hex: layout.colours.muted)!
    }

    var bodySize: Double { layout.text.bodySize }
    var paragraphSpace: Double { layout.text.paragraphSpacing * bodySize }
    var listItemSpace: Double { 0.3 * bodySize }
    /// Indent of list text from the list's left edge.
    var listIndent: Double { 1.6 * bodySize }
    var calloutPadding: Double { 0.8 * bodySize }

    var body: TextStyle {
        TextStyle(
            size: bodySize, color: text, linkColor: accent, lineHeight: layout.text.lineHeight,
            allowsItalics: layout.text.italics, hyphenate: layout.text.hyphenate, justify: layout.text.justify,
            language: language.value, rightToLeft: language.isRightToLeft)
    }

    /// Whether the text being set is in a right-to-left language: lists and their labels sit on the right.
    var rightToLeft: Bool { language.isRightToLeft }

    func heading(level: Int) -> TextStyle {
        TextStyle(
            size: layout.text.headingSizes[min(max(level, 1), 3) - 1], color: heading, linkColor: accent,
            base: .boldStyle, lineHeight: 1.2, allowsItalics: layout.text.italics, language: language.value,
            rightToLeft: language.isRightToLeft)
    }

    func spaceBefore(headingLevel level: Int) -> Double {
        [2.2, 1.5, 1.1][min(max(level, 1), 3) - 1] * bodySize
    }

    /// Space between a heading and what follows it.
    var spaceAfterHeading: Double { 0.35 * bodySize }
}

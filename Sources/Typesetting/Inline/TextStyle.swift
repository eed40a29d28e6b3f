import Document
import PageModel

/// How the text of one block is set: size, colour, and the style its spans start from.
struct TextStyle: Hashable {
    var size: Double
    var color: Color
    var linkColor: Color
    /// Added to every span's style (headings are bold throughout).
    var base: FontStyle = .regular
    /// Line height as a multiple of `size`.
    var lineHeight: Double
    /// When false, italic emphasis is set in bold instead (large print avoids italics).
    var allowsItalics = true
    /// Whether words may be hyphenated at line ends (never in headings).
    var hyphenate = false
    /// Whether lines are justified rather than ragged right.
    var justify = false
    /// The language of the text, a BCP 47 tag: it picks fonts (Urdu in Nastaliq) and guides shaping.
    var language = "en-GB"
    /// Whether a paragraph with no strongly directional character (digits only, say) reads right to left.
    var rightToLeft = false

    func fontStyle(for span: TextSpan) -> FontStyle {
        let italic = base.italic || span.style.italic
        return FontStyle(bold: base.bold || span.style.bold || (italic && !allowsItalics), italic: italic && allowsItalics)
    }
}

import PageModel

/// A piece of a word in one font, size and colour.
struct WordPart {
    var text: String
    var font: Int
    var size: Double
    var color: Color
    var link: String?
    var width: Double
    /// The glossary term this part is a use of.
    var glossaryTerm: String?
}

/// The unit of line breaking: no break inside it, a space (or nothing) after it.
struct Word {
    var parts: [WordPart]
    /// Width of the space that follows the word when another word follows on the same line.
    var spaceWidth: Double
    /// The font of that space.
    var spaceFont: Int
    /// A hard line break follows this word.
    var breakAfter = false

    var width: Double { parts.reduce(0) { $0 + $1.width } }
    var text: String { parts.map(\.text).joined() }
}

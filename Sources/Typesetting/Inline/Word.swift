import PageModel

/// A piece of a word in one font, size, colour, script and direction.
struct WordPart {
    var text: String
    var font: Int
    var size: Double
    var color: Color
    var link: String?
    var width: Double
    /// The glossary term this part is a use of.
    var glossaryTerm: String?
    /// How HarfBuzz shapes it: script, direction, language.
    var context: ShapingContext = .british
    /// Its bidi embedding level (UAX #9); odd levels read right to left.
    var level: UInt8 = 0
    /// Whether this is the hyphen added where the line breaks inside a word, at a hyphenation
    /// point: drawn, but not part of the text (an artifact), so the word reads whole.
    var isLineEndHyphen = false
}

/// The unit of line breaking: no break inside it, and a ``Joint`` after it that says what a
/// break there does. A whole word, or a piece of one between two places a line may break.
struct Word {
    var parts: [WordPart]
    /// Width of the space that follows the word when another word follows on the same line.
    var spaceWidth: Double
    /// The font of that space.
    var spaceFont: Int
    /// The bidi embedding level of that space.
    var spaceLevel: UInt8 = 0
    /// A hard line break follows this word.
    var breakAfter = false
    /// What joins this word to the next.
    var joint = Joint.space

    var width: Double { parts.reduce(0) { $0 + $1.width } }
    var text: String { parts.map(\.text).joined() }
}

/// What joins a word, or a piece of a word, to the next one, and what a line break there does.
enum Joint: Equatable {
    /// A word space; it vanishes when a line breaks here.
    case space
    /// No space, and nothing is added when a line breaks here: after a slash or a dash, or where
    /// a word too long for any line is cut.
    case open
    /// No space, just after a hyphen the text already has ("self-|care"): a line that breaks
    /// here ends with that hyphen.
    case explicitHyphen
    /// A hyphenation point: a line that breaks here gets a hyphen `hyphenWidth` wide.
    case hyphenation(hyphenWidth: Double)

    /// Whether a line that breaks here ends with a hyphen.
    var endsLineWithHyphen: Bool {
        switch self {
        case .space, .open: false
        case .explicitHyphen, .hyphenation: true
        }
    }

    /// The width a break here adds at the end of the line.
    var widthAtBreak: Double {
        if case let .hyphenation(width) = self { return width }
        return 0
    }
}

extension [Word] {
    /// The natural width of these words set as one line: word spaces unstretched, and the
    /// hyphen a break after the last one adds.
    var lineWidth: Double {
        var width = 0.0
        for (index, word) in enumerated() {
            width += word.width
            if index < count - 1, word.joint == .space { width += word.spaceWidth }
        }
        return width + (last?.joint.widthAtBreak ?? 0)
    }
}

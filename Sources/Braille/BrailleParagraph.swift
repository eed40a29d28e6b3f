import Document

/// One unit of braille layout: print text, where its lines start, and the space around it.
struct BrailleParagraph {
    /// How the lines sit on the page.
    enum Placement: Equatable {
        /// The first line starts in cell `first + 1`, later lines in cell `runover + 1`.
        case indented(first: Int, runover: Int)
        /// Every line centred, with at least ``BrailleParagraph/centringMargin`` blank cells each side.
        case centred
        /// A line of one braille cell across the page (the top or bottom of a box).
        case fullLine(UInt8)
        /// Lines already set (contents entries, whose page numbers are placed by hand).
        case set([[UInt8]])
    }

    var text: String
    /// The print emphasis of each unicode scalar of `text` (empty: none), which liblouis marks
    /// with UEB's bold and italic indicators.
    var emphasis: [BrailleEmphasis] = []
    var placement: Placement
    /// A blank line before (not at the top of a page).
    var blankBefore = false
    /// A blank line after (not at the top of a page).
    var blankAfter = false
    /// Headings need this many lines of what follows on the same page.
    var keepWithNext = 0
    /// Starts on a new page.
    var newPage = false
    /// The entry to list in the contents for this paragraph, if it is a topic or glossary heading.
    var contentsEntry: String?
    /// Where the text came from, for errors.
    var place: BraillePlace

    /// Blank cells each side of a centred line, at the least.
    static let centringMargin = 3

    /// A heading as the RNIB Braillists' Manual sets it: level 1 centred with a blank line above
    /// and below; lower levels blocked at cell 5 (level 2) and cell 7 (level 3 and below), with a
    /// blank line above. Each is kept with two lines of what follows.
    static func heading(_ text: String, level: Int, place: BraillePlace) -> BrailleParagraph {
        guard level > 1 else {
            return BrailleParagraph(
                text: text, placement: .centred, blankBefore: true, blankAfter: true, keepWithNext: 2, place: place)
        }
        let indent = level == 2 ? 4 : 6
        return BrailleParagraph(
            text: text, placement: .indented(first: indent, runover: indent), blankBefore: true, keepWithNext: 2, place: place)
    }

    /// A paragraph: first line in cell 3, runovers in cell 1.
    static func body(_ text: String, place: BraillePlace) -> BrailleParagraph {
        BrailleParagraph(text: text, placement: .indented(first: 2, runover: 0), place: place)
    }
}

/// How print emphasises a character: bold, italic or both.
struct BrailleEmphasis: OptionSet, Hashable {
    let rawValue: UInt8
    static let bold = BrailleEmphasis(rawValue: 1)
    static let italic = BrailleEmphasis(rawValue: 2)

    /// The emphasis of text in `style`.
    init(_ style: FontStyle) {
        self = []
        if style.bold { insert(.bold) }
        if style.italic { insert(.italic) }
    }

    init(rawValue: UInt8) { self.rawValue = rawValue }
}

/// Where a paragraph's print comes from, so an error can name the file and line.
public enum BraillePlace: Sendable, Equatable {
    case title
    /// The cover: the personal details.
    case cover
    /// A topic, by id.
    case section(String)
    /// A glossary entry, by term.
    case glossary(String)
    /// Words the braille adds itself, such as "Contents".
    case fixedText
}

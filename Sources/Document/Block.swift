import Caching

/// The weight and slant of a piece of text.
public struct FontStyle: Hashable, Sendable {
    public var bold: Bool
    public var italic: Bool

    public init(bold: Bool = false, italic: Bool = false) {
        self.bold = bold
        self.italic = italic
    }

    public static let regular = FontStyle()
    public static let boldStyle = FontStyle(bold: true)
}

/// A stretch of text in one style, possibly a link.
public struct TextSpan: Hashable, Sendable {
    public var text: String
    public var style: FontStyle
    /// A web address, or `#` and an anchor for a place in the handout (see ``TextSpan/internalLinkPrefix``).
    public var link: String?
    /// The glossary term this text is a use of, so the glossary can list the pages it is used on.
    public var glossaryTerm: String?

    public init(_ text: String, style: FontStyle = .regular, link: String? = nil, glossaryTerm: String? = nil) {
        self.text = text
        self.style = style
        self.link = link
        self.glossaryTerm = glossaryTerm
    }

    /// Links that start with this go to a named place in the handout, such as a glossary entry.
    public static let internalLinkPrefix = "#"

    /// A forced line break inside a paragraph.
    public static let lineBreak = TextSpan("\n")

    /// Spans are equal only when their texts are the same Unicode scalars, not merely canonically
    /// equivalent: what is set from one span (clusters, glyphs) is never handed to another.
    public static func == (lhs: TextSpan, rhs: TextSpan) -> Bool {
        ExactText(lhs.text) == ExactText(rhs.text) && lhs.style == rhs.style
            && lhs.link.map(ExactText.init) == rhs.link.map(ExactText.init)
            && lhs.glossaryTerm.map(ExactText.init) == rhs.glossaryTerm.map(ExactText.init)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ExactText(text))
        hasher.combine(style)
        hasher.combine(link.map(ExactText.init))
        hasher.combine(glossaryTerm.map(ExactText.init))
    }
}

/// A list: its items are sequences of blocks (nested lists included).
public struct ListBlock: Hashable, Sendable {
    public var ordered: Bool
    public var start: Int
    public var items: [[Block]]

    public init(ordered: Bool, start: Int = 1, items: [[Block]]) {
        self.ordered = ordered
        self.start = start
        self.items = items
    }
}

/// A block of a handout, independent of how it will be typeset.
public indirect enum Block: Hashable, Sendable {
    /// Level 1 is a topic title; Markdown `##` is level 2, `###` level 3.
    case heading(level: Int, [TextSpan])
    case paragraph([TextSpan])
    case list(ListBlock)
    /// A tinted box for key messages (Markdown blockquote).
    case callout([Block])
    /// A thin line across the measure.
    case rule
    /// An image with its alt text and caption (see ``Figure``).
    case figure(Figure)
    /// A table of text cells with a header row (GFM pipe table).
    case table(TableBlock)
}

extension Block {
    /// The plain text of the block and everything inside it, blocks separated by newlines.
    public var plainText: String {
        switch self {
        case let .heading(_, spans), let .paragraph(spans): spans.map(\.text).joined()
        case let .list(list): list.items.flatMap { $0 }.map(\.plainText).joined(separator: "\n")
        case let .callout(blocks): blocks.map(\.plainText).joined(separator: "\n")
        case .rule: ""
        case let .figure(figure): figure.caption
        case let .table(table): ([table.header] + table.rows).map { $0.map { $0.map(\.text).joined() }.joined(separator: " ") }.joined(separator: "\n")
        }
    }
}

/// The kind of a structure element in a tagged PDF, named as in ISO 32000-1, 14.8.4.
public enum StructureRole: String, Hashable, Sendable, CaseIterable {
    case heading1 = "H1"
    case heading2 = "H2"
    case heading3 = "H3"
    case paragraph = "P"
    case list = "L"
    case listItem = "LI"
    case label = "Lbl"
    case listBody = "LBody"
    case blockQuote = "BlockQuote"
    case tableOfContents = "TOC"
    case tableOfContentsItem = "TOCI"
    case figure = "Figure"
    case caption = "Caption"
    case table = "Table"
    case tableHead = "THead"
    case tableBody = "TBody"
    case tableRow = "TR"
    case tableHeaderCell = "TH"
    case tableCell = "TD"
    /// A stretch of text inside a paragraph, for attributes of its own (a name in another script).
    case span = "Span"

    /// The heading role for level 1, 2 or 3 (levels outside are clamped).
    public static func heading(level: Int) -> StructureRole {
        [.heading1, .heading2, .heading3][min(max(level, 1), 3) - 1]
    }
}

/// Where a link goes: a web address, or a named place in the same document (see ``PageItem/anchor(_:at:)``).
public enum LinkTarget: Hashable, Sendable {
    case url(String)
    case destination(String)
}

/// What a ``PageItem/begin(_:)`` opens. Everything drawn until the matching ``PageItem/end`` belongs to it.
public enum Tag: Hashable, Sendable {
    /// A structure element: the reading order and roles a screen reader follows, with the
    /// attributes assistive technology reads from it.
    case structure(StructureRole, StructureAttributes = .none)
    /// A clickable area; the text drawn inside is what the link says.
    case link(LinkTarget, area: Rect)
    /// What is drawn but not read: page furniture, and what line breaking adds to the text.
    case artifact(ArtifactKind)
}

/// What an artifact is (ISO 32000-1, 14.8.2.2).
public enum ArtifactKind: Hashable, Sendable {
    /// The running header, with its rule (a pagination artifact).
    case header
    /// The footer, "Page N of M" (a pagination artifact).
    case footer
    /// The hyphen drawn where a line breaks inside a word: the word reads whole without it.
    case lineEndHyphen
    /// An image marked decorative in the content: it says nothing a reader needs.
    case decorativeImage
    /// A table's header row drawn again at the top of a later page (a pagination artifact): it
    /// is read once, where the table begins.
    case repeatedTableHeader
}

/// Which cells a table header cell is the header of.
public enum HeaderScope: String, Hashable, Sendable {
    case row = "Row"
    case column = "Column"
    case both = "Both"
}

/// What a structure element says about its content beyond its role: plain values, set by the
/// layout and written into the PDF by Render (see docs/pdf-conformance.md).
public struct StructureAttributes: Hashable, Sendable {
    /// The alternate description read instead of the content (a figure's alt text).
    public var alternativeText: String?
    /// The language of the content, as a BCP 47 tag; nil: the language of the element around it.
    /// Render writes `/Lang` only where it differs from the language the element inherits.
    public var language: String?
    /// For a table header cell: the cells it heads.
    public var headerScope: HeaderScope?
    /// For a figure: the area it covers on the page where it begins, in page coordinates.
    public var boundingBox: Rect?
    /// Whether the element carries on the one before it of its role, under the same parent: the
    /// rest of a table row that a page break split. Readers get one element, whose children's
    /// content lies on both pages.
    public var continuesPrevious: Bool

    public init(
        alternativeText: String? = nil, language: String? = nil, headerScope: HeaderScope? = nil, boundingBox: Rect? = nil,
        continuesPrevious: Bool = false
    ) {
        self.alternativeText = alternativeText
        self.language = language
        self.headerScope = headerScope
        self.boundingBox = boundingBox
        self.continuesPrevious = continuesPrevious
    }

    /// No attributes.
    public static let none = StructureAttributes()
}

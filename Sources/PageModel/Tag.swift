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
    /// attributes (alt text, box, scope) the PDF post-step writes.
    case structure(StructureRole, StructureAttributes = .none)
    /// A clickable area; the text drawn inside is what the link says.
    case link(LinkTarget, area: Rect)
    /// Page furniture (running header, footer): not part of the document's structure.
    case artifact
}

import Document

/// Writes a handout's blocks as semantic HTML: headings, paragraphs, lists, key-message boxes.
/// The first use of each glossary term links to its entry.
struct HTMLBlocks {
    /// Heading levels move down by this much: the page's `h1` is the handout title and each topic is an `h2`.
    static let headingShift = 1
    /// Terms whose first use has been linked.
    private var linkedTerms: Set<String> = []
    /// Glossary anchors by term, for linking uses.
    private let anchors: [String: String]

    init(glossary: [GlossaryEntry]) {
        anchors = Dictionary(glossary.map { ($0.term, $0.anchor) }) { first, _ in first }
    }

    mutating func write(_ blocks: [Block], to html: inout String) {
        for block in blocks { write(block, to: &html) }
    }

    mutating func write(_ block: Block, to html: inout String) {
        switch block {
        case let .heading(level, spans):
            let tag = "h\(min(6, level + Self.headingShift))"
            html += "<\(tag)>"
            write(spans, to: &html, linking: false)
            html += "</\(tag)>\n"
        case let .paragraph(spans):
            html += "<p>"
            write(spans, to: &html)
            html += "</p>\n"
        case let .list(list):
            let tag = list.ordered ? "ol" : "ul"
            html += list.ordered && list.start != 1 ? "<ol start=\"\(list.start)\">\n" : "<\(tag)>\n"
            for item in list.items {
                html += "<li>"
                // A list item of one paragraph needs no <p>: it reads as a plain item.
                if item.count == 1, case let .paragraph(spans) = item[0] {
                    write(spans, to: &html)
                } else {
                    html += "\n"
                    write(item, to: &html)
                }
                html += "</li>\n"
            }
            html += "</\(tag)>\n"
        case let .callout(blocks):
            html += "<div class=\"callout\">\n"
            write(blocks, to: &html)
            html += "</div>\n"
        case .rule:
            html += "<hr>\n"
        case let .figure(figure):
            HTMLFigure.write(figure, to: &html)
        case let .table(table):
            writeTable(table, to: &html)
        }
    }

    /// A table with its header cells scoped to their columns, each cell aligned as its column says.
    private mutating func writeTable(_ table: TableBlock, to html: inout String) {
        func cell(_ tag: String, _ spans: [TextSpan], column: Int, attributes: String = "") {
            let alignment = table.alignments.indices.contains(column) ? table.alignments[column] : .left
            let style = alignment == .left ? "" : " class=\"\(alignment == .center ? "center" : "right")\""
            html += "<\(tag)\(attributes)\(style)>"
            write(spans, to: &html)
            html += "</\(tag)>"
        }
        html += "<table>\n<thead>\n<tr>"
        for (column, spans) in table.header.enumerated() { cell("th", spans, column: column, attributes: " scope=\"col\"") }
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for (column, spans) in row.enumerated() { cell("td", spans, column: column) }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
    }

    /// Text with its emphasis and links; with `linking`, the first use of a glossary term links to its entry.
    mutating func write(_ spans: [TextSpan], to html: inout String, linking: Bool = true) {
        for span in spans {
            if span.text == TextSpan.lineBreak.text {
                html += "<br>\n"
                continue
            }
            var inner = HTMLEscaping.escape(span.text)
            if span.style.italic { inner = "<em>\(inner)</em>" }
            if span.style.bold { inner = "<strong>\(inner)</strong>" }
            if let link = span.link ?? (linking ? firstUseLink(span.glossaryTerm) : nil) {
                if let term = span.glossaryTerm { linkedTerms.insert(term) }
                inner = "<a href=\"\(HTMLEscaping.escape(link))\">\(inner)</a>"
            }
            html += inner
        }
    }

    /// A link to the glossary entry for the first use of `term`; nil after that.
    private func firstUseLink(_ term: String?) -> String? {
        guard let term, !linkedTerms.contains(term), let anchor = anchors[term] else { return nil }
        return "#" + anchor
    }
}

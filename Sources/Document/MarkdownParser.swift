import CCmark

/// Turns a topic's CommonMark body into blocks, with cmark-gfm.
///
/// Supported: `##`/`###` headings, paragraphs, emphasis, strong, links, bullet and numbered lists
/// nested up to three levels, blockquotes (printed as callout boxes) and thematic breaks.
/// Anything else (HTML, images, code blocks) is an error naming the line, so that nothing is
/// silently dropped from a patient's leaflet.
public struct MarkdownParser {
    /// The deepest list nesting a handout can print clearly.
    public static let maximumListDepth = 3

    let file: String
    /// The line of the file where the Markdown starts, minus one.
    let lineOffset: Int

    public init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    /// Parses `markdown` into blocks.
    public func parse(_ markdown: String) throws -> [Block] {
        let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, options) else {
            throw ContentError(file: file, "the Markdown could not be parsed")
        }
        defer { cmark_node_free(document) }
        return try blocks(under: document, listDepth: 0)
    }

    private func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private func error(_ node: OpaquePointer, _ message: String) -> ContentError {
        ContentError(file: file, line: Int(cmark_node_get_start_line(node)) + lineOffset, message)
    }

    private func blocks(under parent: OpaquePointer, listDepth: Int) throws -> [Block] {
        try children(of: parent).map { try block($0, listDepth: listDepth) }
    }

    private func block(_ node: OpaquePointer, listDepth: Int) throws -> Block {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(try spans(under: node, style: .regular, link: nil))
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            guard level > 1 else {
                throw error(node, "use ## or ### for headings; the topic title comes from the front matter")
            }
            return .heading(level: min(level, 3), try spans(under: node, style: .boldStyle, link: nil))
        case CMARK_NODE_LIST:
            guard listDepth < Self.maximumListDepth else {
                throw error(node, "lists can be nested at most \(Self.maximumListDepth) levels deep")
            }
            let items = try children(of: node).map { try blocks(under: $0, listDepth: listDepth + 1) }
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            return .list(ListBlock(ordered: ordered, start: Int(cmark_node_get_list_start(node)), items: items))
        case CMARK_NODE_BLOCK_QUOTE:
            return .callout(try blocks(under: node, listDepth: listDepth))
        case CMARK_NODE_THEMATIC_BREAK:
            return .rule
        case CMARK_NODE_HTML_BLOCK:
            throw error(node, "HTML is not supported in topics")
        case CMARK_NODE_CODE_BLOCK:
            throw error(node, "code blocks are not supported in topics")
        default:
            throw error(node, "this kind of Markdown block is not supported in topics")
        }
    }

    private func spans(under parent: OpaquePointer, style: FontStyle, link: String?) throws -> [TextSpan] {
        var result: [TextSpan] = []
        for node in children(of: parent) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                result.append(TextSpan(String(cString: cmark_node_get_literal(node)), style: style, link: link))
            case CMARK_NODE_SOFTBREAK:
                result.append(TextSpan(" ", style: style, link: link))
            case CMARK_NODE_LINEBREAK:
                result.append(.lineBreak)
            case CMARK_NODE_EMPH:
                var inner = style
                inner.italic = true
                result += try spans(under: node, style: inner, link: link)
            case CMARK_NODE_STRONG:
                var inner = style
                inner.bold = true
                result += try spans(under: node, style: inner, link: link)
            case CMARK_NODE_LINK:
                let url = cmark_node_get_url(node).map { String(cString: $0) }
                if let url, url.hasPrefix(TextSpan.internalLinkPrefix) {
                    throw error(parent, "links to places in the handout (\(url)) are not supported; glossary links are made for you")
                }
                result += try spans(under: node, style: style, link: url)
            case CMARK_NODE_IMAGE:
                throw error(parent, "images are not supported in topics")
            case CMARK_NODE_HTML_INLINE:
                throw error(parent, "HTML is not supported in topics")
            default:
                throw error(parent, "this kind of Markdown text is not supported in topics")
            }
        }
        return merged(result)
    }

    /// Joins neighbouring spans of the same style and link, so words are not split needlessly.
    private func merged(_ spans: [TextSpan]) -> [TextSpan] {
        var result: [TextSpan] = []
        for span in spans {
            if let last = result.last, last.style == span.style, last.link == span.link,
                span != .lineBreak, last != .lineBreak
            {
                result[result.count - 1].text += span.text
            } else {
                result.append(span)
            }
        }
        return result
    }
}

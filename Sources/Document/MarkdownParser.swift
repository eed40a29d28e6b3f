import CCmark
import FigureFiles
import Foundation

/// Turns a topic's CommonMark body into blocks, with cmark-gfm.
///
/// Supported: `##`/`###` headings, paragraphs, emphasis, strong, links, bullet and numbered lists
/// nested up to three levels, blockquotes (printed as callout boxes), thematic breaks, figures
/// (an image alone in its paragraph, see ``Figure``) and GFM pipe tables (``TableBlock``). Anything else (HTML, code blocks) is an
/// error naming the line, so that nothing is silently dropped from a patient's leaflet.
public struct MarkdownParser {
    /// The deepest list nesting a handout can print clearly.
    public static let maximumListDepth = 3

    let file: String
    /// The line of the file where the Markdown starts, minus one.
    let lineOffset: Int
    /// The content folder that figure paths are relative to; without one, figures are an error.
    let contentDirectory: URL?

    public init(file: String, lineOffset: Int = 0, contentDirectory: URL? = nil) {
        self.file = file
        self.lineOffset = lineOffset
        self.contentDirectory = contentDirectory
    }

    /// cmark-gfm's GFM table extension, registered once: registering is not thread-safe, and
    /// topics are parsed on every core. Parsers only read it.
    nonisolated(unsafe) private static let tableExtension: OpaquePointer? = {
        cmark_gfm_core_extensions_ensure_registered()
        return cmark_find_syntax_extension("table")
    }()

    /// Parses `markdown` into blocks.
    public func parse(_ markdown: String) throws -> [Block] {
        try MarkdownLimits.check(markdown, file: file, lineOffset: lineOffset)
        let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        guard let parser = cmark_parser_new(options) else {
            throw ContentError(file: file, "the Markdown could not be parsed")
        }
        defer { cmark_parser_free(parser) }
        if let tables = Self.tableExtension { cmark_parser_attach_syntax_extension(parser, tables) }
        cmark_parser_feed(parser, markdown, markdown.utf8.count)
        guard let document = cmark_parser_finish(parser) else {
            throw ContentError(file: file, "the Markdown could not be parsed")
        }
        defer { cmark_node_free(document) }
        // Every image's problems (no alt text, a missing file, an unknown format) are reported
        // together, so `handout check` lists them all at once.
        let problems = images(under: document).compactMap { image -> ContentError? in
            do { _ = try figure(image) } catch let error as ContentError { return error } catch { return nil }
            return nil
        }
        guard problems.isEmpty else { throw problems.count == 1 ? problems[0] as any Error : ContentProblems(errors: problems) }
        return try blocks(under: document, depth: Depth())
    }

    /// How deep the walk is inside lists, callouts and inline styles, so that no tree, however
    /// deep cmark made it, is walked deeper than a handout can print (see ``MarkdownLimits``).
    private struct Depth {
        var lists = 0
        var callouts = 0
        var inlines = 0
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

    private func blocks(under parent: OpaquePointer, depth: Depth) throws -> [Block] {
        try children(of: parent).map { try block($0, depth: depth) }
    }

    private func block(_ node: OpaquePointer, depth: Depth) throws -> Block {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            if let image = soleImage(in: node) { return .figure(try figure(image)) }
            return .paragraph(try spans(under: node, style: .regular, link: nil, depth: 0))
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            guard level > 1 else {
                throw error(node, "use ## or ### for headings; the topic title comes from the front matter")
            }
            return .heading(level: min(level, 3), try spans(under: node, style: .boldStyle, link: nil, depth: 0))
        case CMARK_NODE_LIST:
            guard depth.lists < Self.maximumListDepth else {
                throw error(node, "lists can be nested at most \(Self.maximumListDepth) levels deep")
            }
            var inner = depth
            inner.lists += 1
            let items = try children(of: node).map { try blocks(under: $0, depth: inner) }
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            return .list(ListBlock(ordered: ordered, start: Int(cmark_node_get_list_start(node)), items: items))
        case CMARK_NODE_BLOCK_QUOTE:
            guard depth.callouts < MarkdownLimits.maximumCalloutDepth else {
                throw error(node, "callouts (>) are nested more than \(MarkdownLimits.maximumCalloutDepth) deep; a handout cannot print that clearly")
            }
            var inner = depth
            inner.callouts += 1
            return .callout(try blocks(under: node, depth: inner))
        case CMARK_NODE_THEMATIC_BREAK:
            return .rule
        case CMARK_NODE_HTML_BLOCK:
            throw error(node, "HTML is not supported in topics")
        case CMARK_NODE_CODE_BLOCK:
            throw error(node, "code blocks are not supported in topics")
        case _ where Self.typeName(node) == "table":
            return .table(try table(node))
        default:
            throw error(node, "this kind of Markdown block is not supported in topics")
        }
    }

    /// The name cmark-gfm gives a node's type ("table", "table_row", "table_cell" for the
    /// table extension's nodes, which have no fixed type constants).
    private static func typeName(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    /// A GFM pipe table: its header row, body rows and column alignments.
    private func table(_ node: OpaquePointer) throws -> TableBlock {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        let marks = cmark_gfm_extensions_get_table_alignments(node)
        let alignments = (0..<columns).map { column -> ColumnAlignment in
            switch marks.map({ UInt8($0[column]) }) {
            case UInt8(ascii: "c"): .center
            case UInt8(ascii: "r"): .right
            default: .left
            }
        }
        var header: [[TextSpan]] = []
        var rows: [[[TextSpan]]] = []
        for row in children(of: node) {
            let cells = try children(of: row).map { try spans(under: $0, style: .regular, link: nil, depth: 0) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 { header = cells } else { rows.append(cells) }
        }
        guard !rows.isEmpty else { throw error(node, "a table needs at least one row under its header row") }
        return TableBlock(header: header, rows: rows, alignments: alignments)
    }

    private func spans(under parent: OpaquePointer, style: FontStyle, link: String?, depth: Int) throws -> [TextSpan] {
        guard depth <= MarkdownLimits.maximumInlineDepth else {
            throw error(parent, "emphasis and links are nested more than \(MarkdownLimits.maximumInlineDepth) deep")
        }
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
                result += try spans(under: node, style: inner, link: link, depth: depth + 1)
            case CMARK_NODE_STRONG:
                var inner = style
                inner.bold = true
                result += try spans(under: node, style: inner, link: link, depth: depth + 1)
            case CMARK_NODE_LINK:
                let url = cmark_node_get_url(node).map { String(cString: $0) }
                if let url, url.hasPrefix(TextSpan.internalLinkPrefix) {
                    throw error(parent, "links to places in the handout (\(url)) are not supported; glossary links are made for you")
                }
                result += try spans(under: node, style: style, link: url, depth: depth + 1)
            case CMARK_NODE_IMAGE:
                throw error(parent, "put an image in a paragraph of its own, with a blank line before and after")
            case CMARK_NODE_HTML_INLINE:
                throw error(parent, "HTML is not supported in topics")
            default:
                throw error(parent, "this kind of Markdown text is not supported in topics")
            }
        }
        return merged(result)
    }

    /// Every image node under `node`, in document order. cmark's iterator walks the tree without
    /// recursion, so no nesting, however deep, can overflow the stack before the depth checks run.
    private func images(under node: OpaquePointer) -> [OpaquePointer] {
        guard let iterator = cmark_iter_new(node) else { return [] }
        defer { cmark_iter_free(iterator) }
        var found: [OpaquePointer] = []
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator),
                cmark_node_get_type(current) == CMARK_NODE_IMAGE
            {
                found.append(current)
            }
            event = cmark_iter_next(iterator)
        }
        return found
    }

    /// The image that is all a paragraph holds (blank text around it aside), if it is one.
    private func soleImage(in paragraph: OpaquePointer) -> OpaquePointer? {
        let content = children(of: paragraph).filter { node in
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_SOFTBREAK { return false }
            if type == CMARK_NODE_TEXT { return !String(cString: cmark_node_get_literal(node)).allSatisfy(\.isWhitespace) }
            return true
        }
        guard content.count == 1, cmark_node_get_type(content[0]) == CMARK_NODE_IMAGE else { return nil }
        return content[0]
    }

    /// The figure an image node stands for: its file measured, its alt text required unless it
    /// is marked decorative.
    private func figure(_ image: OpaquePointer) throws -> Figure {
        let source = cmark_node_get_url(image).map { String(cString: $0) } ?? ""
        let title = cmark_node_get_title(image).map { String(cString: $0) } ?? ""
        let alt = plainText(under: image).trimmingCharacters(in: .whitespacesAndNewlines)
        let isDecorative = alt.isEmpty && title == Figure.decorativeTitle
        guard !alt.isEmpty || isDecorative else {
            throw error(image, "the image '\(source)' has no alt text: describe it in ![…](\(source)), or mark it decorative with ![](\(source) \"\(Figure.decorativeTitle)\")")
        }
        guard let contentDirectory else { throw error(image, "images are not supported here") }
        guard let path = Figure.path(of: source, in: contentDirectory) else {
            throw error(image, "the image path '\(source)' must be relative to the content folder, e.g. figures/liver.svg")
        }
        let measurement: FigureMeasurement
        do {
            measurement = try FigureMeasurer.measure(path)
        } catch {
            throw self.error(image, "the image '\(source)': \(error)")
        }
        return Figure(
            source: source, path: path, alt: alt, caption: isDecorative ? "" : title, isDecorative: isDecorative,
            measurement: measurement, line: Int(cmark_node_get_start_line(image)) + lineOffset)
    }

    /// The text of every text node under `node`, e.g. an image's alt text.
    private func plainText(under node: OpaquePointer) -> String {
        children(of: node).map { child in
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: String(cString: cmark_node_get_literal(child))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: " "
            default: plainText(under: child)
            }
        }.joined()
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

import Document

/// Turns a handout's blocks into braille paragraphs: what each block is, not yet where it falls.
struct BrailleBlocks {
    /// The wording around the topics, in the content folder's language.
    let strings: HandoutStrings

    /// The title page: the title centred, then the personal details, if any.
    func titlePage(of handout: Handout) -> [BrailleParagraph] {
        var title = BrailleParagraph.heading(handout.title, level: 1, place: .title)
        title.blankBefore = false
        let details = (handout.cover ?? []).flatMap { paragraphs(of: $0, place: .cover, listDepth: 0, coverLines: true) }
        return [title] + details
    }

    /// A topic: its title as a level 1 heading, listed in the contents, then its blocks.
    func section(_ section: HandoutSection) -> [BrailleParagraph] {
        let place = BraillePlace.section(section.id)
        var title = BrailleParagraph.heading(Self.text(section.titleSpans), level: 1, place: place)
        title.contentsEntry = section.title
        return [title] + section.blocks.flatMap { paragraphs(of: $0, place: place, listDepth: 0, coverLines: false) }
    }

    /// The glossary on a page of its own: each term, with its expansion, then its definition, as a list.
    func glossary(_ entries: [GlossaryEntry]) -> [BrailleParagraph] {
        guard !entries.isEmpty else { return [] }
        var heading = BrailleParagraph.heading(strings.glossary, level: 1, place: .fixedText)
        heading.newPage = true
        heading.contentsEntry = strings.glossary
        return [heading] + entries.map { entry in
            let term = entry.expansion.map { "\(entry.term) (\($0))" } ?? entry.term
            return BrailleParagraph(
                text: "\(term): \(entry.definition)", placement: .indented(first: 0, runover: 2), place: .glossary(entry.term))
        }
    }

    /// The "About this leaflet" page, if the handout has one, on a page of its own at the end.
    func about(_ about: AboutLeaflet?) -> [BrailleParagraph] {
        guard let about else { return [] }
        var heading = BrailleParagraph.heading(about.title, level: 1, place: .fixedText)
        heading.newPage = true
        heading.contentsEntry = about.title
        return [heading] + about.blocks.flatMap { paragraphs(of: $0, place: .fixedText, listDepth: 0, coverLines: false) }
    }

    /// Cells a nested list moves its items in by.
    static let listIndentStep = 2

    /// The paragraphs of `block`. Lists are set 1-3 (items in cell 1, runovers in cell 3), each
    /// level of nesting two cells further in; the cover's lines are set the same way.
    private func paragraphs(of block: Block, place: BraillePlace, listDepth: Int, coverLines: Bool) -> [BrailleParagraph] {
        switch block {
        case let .heading(level, spans):
            return [.heading(Self.text(spans), level: level, place: place)]
        case let .paragraph(spans):
            return Self.lines(of: spans).enumerated().map { index, line in
                guard coverLines else {
                    var paragraph = BrailleParagraph.body(line.text, place: place)
                    paragraph.emphasis = line.emphasis
                    // A forced line break starts a new line at the margin, not a new paragraph.
                    if index > 0 { paragraph.placement = .indented(first: 0, runover: 0) }
                    return paragraph
                }
                return BrailleParagraph(text: line.text, placement: .indented(first: 0, runover: 2), place: place)
            }
        case let .list(list):
            let first = listDepth * Self.listIndentStep
            return list.items.enumerated().flatMap { index, item in
                let marker = list.ordered ? "\(list.start + index). " : ""
                return item.enumerated().flatMap { position, block -> [BrailleParagraph] in
                    if case let .paragraph(spans) = block, position == 0 {
                        let item = Self.emphasised([TextSpan(marker)] + spans.map { TextSpan($0.text.replacingOccurrences(of: "\n", with: " "), style: $0.style) })
                        var paragraph = BrailleParagraph(
                            text: item.text, placement: .indented(first: first, runover: first + Self.listIndentStep), place: place)
                        paragraph.emphasis = item.emphasis
                        return [paragraph]
                    }
                    if case .list = block {
                        return paragraphs(of: block, place: place, listDepth: listDepth + 1, coverLines: false)
                    }
                    return paragraphs(of: block, place: place, listDepth: listDepth, coverLines: false).map { paragraph in
                        var inItem = paragraph
                        inItem.placement = .indented(first: first + Self.listIndentStep, runover: first + Self.listIndentStep)
                        return inItem
                    }
                }
            }
        case let .callout(blocks):
            var top = BrailleParagraph(text: "", placement: .fullLine(Self.boxLineCell), place: place)
            top.blankBefore = true
            var bottom = BrailleParagraph(text: "", placement: .fullLine(Self.boxLineCell), place: place)
            bottom.blankAfter = true
            return [top] + blocks.flatMap { paragraphs(of: $0, place: place, listDepth: listDepth, coverLines: coverLines) } + [bottom]
        case .rule:
            var rule = BrailleParagraph(text: "", placement: .fullLine(Self.separatorCell), place: place)
            rule.blankBefore = true
            rule.blankAfter = true
            return [rule]
        case let .figure(figure):
            // A reader learns what the picture shows from its alt text, then reads its caption.
            guard !figure.isDecorative else { return [] }
            return ([strings.filling("picture", ["alt": figure.alt])] + (figure.caption.isEmpty ? [] : [figure.caption]))
                .map { BrailleParagraph.body($0, place: place) }
        case let .table(table):
            // A table is read row by row, each cell as "header: value" (see TableBlock.list).
            return paragraphs(of: .list(table.list), place: place, listDepth: listDepth, coverLines: false)
        }
    }

    /// Dots 2356, the cell of a box line above and below boxed text.
    static let boxLineCell = UInt8(ascii: "7")
    /// Dots 25, the cell of a separator line.
    static let separatorCell = UInt8(ascii: "3")

    /// The print text of `spans`. Headings and the cover's labels are bold in print for the eye;
    /// braille shows them by their place, so only body text and list items keep their emphasis.
    /// A no-break space (in the About page's dates and phone number) is a plain space: the BRF
    /// display table has no cell for it. Bidi controls are left out: braille has no cell for them,
    /// and its text runs in reading order anyway.
    static func text(_ spans: [TextSpan]) -> String {
        var text = spans.map(\.text).joined()
        if text.contains(where: \.isBidiControl) { text.removeAll(where: \.isBidiControl) }
        guard text.unicodeScalars.contains("\u{A0}") else { return text }
        return text.replacingOccurrences(of: "\u{A0}", with: " ")
    }

    /// The text of `spans` with the emphasis of each of its unicode scalars.
    static func emphasised(_ spans: [TextSpan]) -> (text: String, emphasis: [BrailleEmphasis]) {
        let spans = spans.map { span in
            guard span.text.contains(where: \.isBidiControl) else { return span }
            var printed = span
            printed.text.removeAll(where: \.isBidiControl)
            return printed
        }
        let emphasis = spans.flatMap { span in Array(repeating: BrailleEmphasis(span.style), count: span.text.unicodeScalars.count) }
        return (text(spans), emphasis.contains { !$0.isEmpty } ? emphasis : [])
    }

    /// The lines of `spans` (split at forced line breaks), each with its emphasis.
    static func lines(of spans: [TextSpan]) -> [(text: String, emphasis: [BrailleEmphasis])] {
        let whole = emphasised(spans)
        let scalars = Array(whole.text.unicodeScalars)
        var lines: [(text: String, emphasis: [BrailleEmphasis])] = []
        var start = 0
        for end in scalars.indices where scalars[end] == "\n" {
            lines.append(line(scalars, whole.emphasis, start..<end))
            start = end + 1
        }
        lines.append(line(scalars, whole.emphasis, start..<scalars.count))
        return lines.filter { !$0.text.isEmpty }
    }

    private static func line(
        _ scalars: [Unicode.Scalar], _ emphasis: [BrailleEmphasis], _ range: Range<Int>
    ) -> (text: String, emphasis: [BrailleEmphasis]) {
        let marked = emphasis.isEmpty ? [] : Array(emphasis[range])
        return (String(String.UnicodeScalarView(scalars[range])), marked.contains { !$0.isEmpty } ? marked : [])
    }
}

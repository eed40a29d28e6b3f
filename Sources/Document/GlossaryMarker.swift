/// Marks every use of a glossary term in a handout's text (so the glossary can list the pages
/// it is used on) and links the first use of each abbreviation to its glossary entry.
///
/// Each span is searched once (see ``TermFinder``); where uses overlap ("bile duct" and
/// "bile"), the longer one wins.
struct GlossaryMarker {
    let entries: [GlossaryEntry]
    private let finder: TermFinder
    /// Abbreviations already linked to their entry: only the first use is.
    private(set) var linked: Set<String>
    /// Indexes of the entries used in what was marked so far.
    private(set) var usedIndexes: Set<Int> = []

    /// A marker for `entries`, searching with `finder` (made from those entries), that takes the
    /// abbreviations in `linked` as linked already.
    init(entries: [GlossaryEntry], finder: TermFinder, linked: Set<String> = []) {
        self.entries = entries
        self.finder = finder
        self.linked = linked
    }

    /// `blocks` with glossary uses split out into spans of their own.
    mutating func mark(_ blocks: [Block]) -> [Block] {
        blocks.map { mark($0) }
    }

    /// A section title as spans, its glossary uses marked but not linked.
    mutating func markTitle(_ title: String) -> [TextSpan] {
        marked(TextSpan(title), mayLink: false)
    }

    private mutating func mark(_ block: Block) -> Block {
        switch block {
        case let .heading(level, spans): .heading(level: level, spans.flatMap { marked($0, mayLink: false) })
        case let .paragraph(spans): .paragraph(spans.flatMap { marked($0, mayLink: true) })
        case let .list(list):
            .list(ListBlock(ordered: list.ordered, start: list.start, items: list.items.map { mark($0) }))
        case let .callout(blocks): .callout(mark(blocks))
        case .rule: .rule
        case .figure: block
        case let .table(table):
            .table(TableBlock(
                header: table.header.map { $0.flatMap { marked($0, mayLink: false) } },
                rows: table.rows.map { $0.map { $0.flatMap { marked($0, mayLink: true) } } }, alignments: table.alignments))
        }
    }

    /// `span` cut into pieces, each use of a term a piece marked with it. With `mayLink`, the
    /// first use of an abbreviation also links to its entry.
    private mutating func marked(_ span: TextSpan, mayLink: Bool) -> [TextSpan] {
        guard span != .lineBreak, span.glossaryTerm == nil else { return [span] }
        let uses = finder.uses(in: span.text)
        guard !uses.isEmpty else { return [span] }
        let offsets = Array(span.text.unicodeScalars.indices) + [span.text.endIndex]
        var pieces: [TextSpan] = []
        var cursor = 0
        func piece(_ range: Range<Int>) -> TextSpan {
            TextSpan(String(span.text[offsets[range.lowerBound]..<offsets[range.upperBound]]), style: span.style, link: span.link)
        }
        for use in uses where use.range.lowerBound >= cursor {
            if cursor < use.range.lowerBound { pieces.append(piece(cursor..<use.range.lowerBound)) }
            let entry = entries[use.entry]
            usedIndexes.insert(use.entry)
            var term = piece(use.range)
            term.glossaryTerm = entry.term
            if mayLink, span.link == nil, entry.isAbbreviation, linked.insert(entry.term).inserted {
                term.link = TextSpan.internalLinkPrefix + entry.anchor
            }
            pieces.append(term)
            cursor = use.range.upperBound
        }
        if cursor < offsets.count - 1 { pieces.append(piece(cursor..<offsets.count - 1)) }
        return pieces
    }
}

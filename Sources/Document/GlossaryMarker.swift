/// Marks every use of a glossary term in a handout's text (so the glossary can list the pages
/// it is used on) and links the first use of each abbreviation to its glossary entry.
///
/// Each span is searched once per entry; where uses overlap ("bile duct" and "bile"), the
/// longer one wins.
struct GlossaryMarker {
    let entries: [GlossaryEntry]
    /// Abbreviations already linked to their entry: only the first use is.
    private var linked: Set<String> = []

    init(entries: [GlossaryEntry]) { self.entries = entries }

    /// `blocks` with glossary uses split out into spans of their own.
    mutating func mark(_ blocks: [Block]) -> [Block] {
        blocks.map { mark($0) }
    }

    /// A section title as spans, its glossary uses marked but never linked.
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
        }
    }

    /// `span` cut into pieces, each use of a term a piece marked with it. With `mayLink`, the
    /// first use of an abbreviation also links to its entry.
    private mutating func marked(_ span: TextSpan, mayLink: Bool) -> [TextSpan] {
        guard span != .lineBreak, span.glossaryTerm == nil else { return [span] }
        var uses: [(range: Range<String.Index>, entry: GlossaryEntry)] = []
        for entry in entries {
            for form in [entry.term] + entry.also {
                uses += WholeWords.ranges(of: form, in: span.text, caseSensitive: entry.isAbbreviation).map { ($0, entry) }
            }
        }
        guard !uses.isEmpty else { return [span] }
        uses.sort { ($0.range.lowerBound, $1.range.upperBound) < ($1.range.lowerBound, $0.range.upperBound) }
        var pieces: [TextSpan] = []
        var cursor = span.text.startIndex
        func piece(_ range: Range<String.Index>) -> TextSpan {
            TextSpan(String(span.text[range]), style: span.style, link: span.link)
        }
        for use in uses where use.range.lowerBound >= cursor {
            if cursor < use.range.lowerBound { pieces.append(piece(cursor..<use.range.lowerBound)) }
            var term = piece(use.range)
            term.glossaryTerm = use.entry.term
            if mayLink, span.link == nil, use.entry.isAbbreviation, linked.insert(use.entry.term).inserted {
                term.link = TextSpan.internalLinkPrefix + use.entry.anchor
            }
            pieces.append(term)
            cursor = use.range.upperBound
        }
        if cursor < span.text.endIndex { pieces.append(piece(cursor..<span.text.endIndex)) }
        return pieces
    }
}

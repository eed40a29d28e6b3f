import Document
import PageModel

/// The glossary at the end of a handout: "Words used in this handout", then one paragraph per
/// term (its expansion, its definition and the pages it is used on), each at the anchor that
/// first uses of abbreviations link to.
///
/// The glossary is set again on every pass of ``Typesetter``; an entry whose pages have not
/// changed since the pass before keeps its lines.
final class GlossaryFlow {
    static let title = "Words used in this handout"
    static let anchor = "glossary"

    private let shaper: Shaper
    private let breaker: ParagraphBreaker
    private let style: TypesetStyle
    private let frame: FlowFrame
    private var setEntries: [EntryKey: [FlowLine]] = [:]

    private struct EntryKey: Hashable {
        var term: String
        var pages: [Int]
    }

    init(shaper: Shaper, breaker: ParagraphBreaker, style: TypesetStyle, frame: FlowFrame) {
        self.shaper = shaper
        self.breaker = breaker
        self.style = style
        self.frame = frame
    }

    /// The glossary of `entries`, with the pages from `termPages` (term to ascending page numbers).
    func lines(_ entries: [GlossaryEntry], termPages: [String: [Int]]) -> [FlowLine] {
        guard !entries.isEmpty else { return [] }
        var flow = BlockFlow(shaper: shaper, breaker: breaker, style: style)
        flow.addSectionTitle([TextSpan(Self.title)], anchor: Self.anchor, in: frame)
        var lines = flow.lines
        for entry in entries {
            var entryLines = self.lines(for: entry, pages: termPages[entry.term] ?? [])
            if lines.count == flow.lines.count, !entryLines.isEmpty { entryLines[0].spaceBefore = style.spaceAfterHeading }
            lines += entryLines
        }
        return lines
    }

    private func lines(for entry: GlossaryEntry, pages: [Int]) -> [FlowLine] {
        let key = EntryKey(term: entry.term, pages: pages)
        if let lines = setEntries[key] { return lines }
        var flow = BlockFlow(shaper: shaper, breaker: breaker, style: style)
        flow.add(.paragraph(Self.spans(for: entry, pages: pages)), in: frame, space: style.paragraphSpace)
        if !flow.lines.isEmpty {
            flow.append([.anchor(entry.anchor, at: Point(x: frame.x, y: 0))], toLineAt: 0)
        }
        setEntries[key] = flow.lines
        return flow.lines
    }

    /// "TACE (transarterial chemoembolisation): A treatment … See pages 4 and 9."
    static func spans(for entry: GlossaryEntry, pages: [Int]) -> [TextSpan] {
        var spans = [TextSpan(entry.term, style: .boldStyle)]
        if let expansion = entry.expansion { spans.append(TextSpan(" (\(expansion))")) }
        spans.append(TextSpan(": \(entry.definition)"))
        if !pages.isEmpty { spans.append(TextSpan(" " + PageList.sentence(pages))) }
        return spans
    }
}

import Document
import PageModel

/// The glossary at the end of a handout: "Words used in this handout", then one paragraph per
/// term (its expansion, its definition and the pages it is used on), each at the anchor that
/// first uses of abbreviations link to. The paragraphs are tagged as a list of term (Lbl) and
/// definition (LBody).
///
/// The glossary is set again on every pass of ``Typesetter``; an entry whose pages have not
/// changed comes from the setter's cache.
struct GlossaryFlow {
    static let anchor = "glossary"

    let setter: ParagraphSetter
    let style: TypesetStyle
    let frame: FlowFrame

    /// The glossary of `entries`, with the pages from `termPages` (term to ascending page numbers).
    func lines(_ entries: [GlossaryEntry], termPages: [String: [Int]]) -> [FlowLine] {
        guard !entries.isEmpty else { return [] }
        var flow = BlockFlow(setter: setter, style: style)
        flow.addSectionTitle([TextSpan(style.strings.glossary)], anchor: Self.anchor, in: frame)
        flow.addLabelledItems(
            entries.map { Self.spans(for: $0, pages: termPages[$0.term] ?? [], strings: style.strings) }, in: frame,
            space: style.paragraphSpace
        ) { [.anchor(entries[$0].anchor, at: Point(x: frame.x, y: 0))] }
        return flow.lines
    }

    /// "TACE (transarterial chemoembolisation): A treatment … See pages 4 and 9."
    static func spans(for entry: GlossaryEntry, pages: [Int], strings: HandoutStrings = .english) -> [TextSpan] {
        var spans = [TextSpan(entry.term, style: .boldStyle)]
        if let expansion = entry.expansion { spans.append(TextSpan(" (\(expansion))")) }
        spans.append(TextSpan(": \(entry.definition)"))
        if !pages.isEmpty { spans.append(TextSpan(" " + PageList.sentence(pages, strings: strings))) }
        return spans
    }
}

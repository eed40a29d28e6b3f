import Document
import PageModel

/// Lays out handouts: blocks to lines to pages. Never draws; renderers take the pages.
///
/// Keep one typesetter per task and reuse it: it caches every shaped and hyphenated word, so a
/// batch of documents shapes and hyphenates each word once.
public final class Typesetter {
    let shaper: Shaper
    let breaker: ParagraphBreaker

    /// A typesetter using `fontSet` and `hyphenation`, both loaded once and shared.
    public init(fontSet: FontSet, hyphenation: Hyphenation) {
        shaper = Shaper(fontSet: fontSet)
        breaker = ParagraphBreaker(shaper: shaper, hyphenator: Hyphenator(hyphenation: hyphenation))
    }

    /// The pages of `handout` in `layout`.
    public func typeset(_ handout: Handout, layout: Layout, info: DocumentInfo) -> PagedDocument {
        let style = TypesetStyle(layout)
        let setup = layout.page
        let frame = FlowFrame(x: 0, width: setup.width - setup.marginLeft - setup.marginRight, band: nil)
        var flow = BlockFlow(shaper: shaper, breaker: breaker, style: style)
        addTitle(handout.title, to: &flow, frame: frame, style: style)
        if let cover = handout.cover {
            for block in cover {
                flow.add(block, in: frame, space: style.paragraphSpace)
            }
        }
        for (index, section) in handout.sections.enumerated() {
            let firstLine = flow.lines.count
            addSectionTitle(section.title, to: &flow, frame: frame, style: style)
            if index == 0, handout.cover != nil { flow.startPage(at: firstLine) }
            for block in section.blocks {
                flow.add(block, in: frame, space: style.paragraphSpace)
            }
        }
        if !handout.glossary.isEmpty {
            addSectionTitle(Self.glossaryTitle, to: &flow, frame: frame, style: style)
            for entry in handout.glossary {
                flow.add(.paragraph(Self.spans(for: entry)), in: frame, space: style.paragraphSpace)
            }
        }
        let contentHeight = setup.height - setup.marginTop - setup.marginBottom
        var placed = Paginator(contentHeight: contentHeight).pages(flow.lines)
        if handout.questionsPage {
            placed.append(writingPage(
                title: Self.questionsTitle, intro: Self.questionsIntro, frame: frame, style: style, contentHeight: contentHeight))
        }
        let padding = bookletPadding(after: placed.count, frame: frame, style: style, contentHeight: contentHeight)
        let pages = PageComposer(shaper: shaper, style: style, title: handout.title)
            .pages(placed + padding.notesPages, blankPages: padding.blankPages)
        return PagedDocument(info: info, fonts: shaper.fontSet.files, pages: pages)
    }

    /// The heading of the glossary at the end of a handout.
    public static let glossaryTitle = "Words used in this handout"

    static func spans(for entry: GlossaryEntry) -> [TextSpan] {
        var spans = [TextSpan(entry.term, style: .boldStyle)]
        if let expansion = entry.expansion { spans.append(TextSpan(" (\(expansion))")) }
        spans.append(TextSpan(": \(entry.definition)"))
        return spans
    }

    private func addTitle(_ title: String, to flow: inout BlockFlow, frame: FlowFrame, style: TypesetStyle) {
        var titleStyle = style.heading(level: 1)
        titleStyle.size *= 1.3
        flow.addParagraph([TextSpan(title)], style: titleStyle, in: frame, space: 0, keepTogether: true)
        flow.addRule(in: frame, space: 0.4 * style.bodySize, color: style.accent, thickness: 3, keepWithNext: true)
    }

    func addSectionTitle(_ title: String, to flow: inout BlockFlow, frame: FlowFrame, style: TypesetStyle) {
        flow.add(.heading(level: 1, [TextSpan(title)]), in: frame, space: 0)
        flow.addRule(in: frame, space: 0.15 * style.bodySize, color: style.accent, thickness: 1, keepWithNext: true)
        flow.setNextSpace(style.spaceAfterHeading)
    }
}

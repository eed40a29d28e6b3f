import Document
import PageModel

/// The flow lines of a whole handout. The title and the sections are typeset once; the contents
/// and the glossary, which print page numbers, are set again for each pagination from the
/// references the one before found. Their paragraphs come from the setter's cache unless their
/// page numbers changed, so a second pass costs little more than stacking lines.
struct HandoutFlow {
    let handout: Handout
    let setter: ParagraphSetter
    let style: TypesetStyle
    let frame: FlowFrame
    private let title: [FlowLine]
    private let sections: [FlowLine]
    private let sectionOutline: [OutlineEntry]
    private let glossary: GlossaryFlow

    init(_ handout: Handout, setter: ParagraphSetter, style: TypesetStyle, frame: FlowFrame) {
        self.handout = handout
        self.setter = setter
        self.style = style
        self.frame = frame
        var titleFlow = BlockFlow(setter: setter, style: style)
        if let logo = handout.organisation?.logo { titleFlow.addLogo(logo, in: frame) }
        // A one-topic handout titled after its topic would show the same words twice at the top
        // of page 1; without a cover, the topic's own heading is the title.
        let titleRepeatsSection = handout.cover == nil && handout.sections.map(\.title) == [handout.title]
        if !titleRepeatsSection { titleFlow.addTitle(handout.title, in: frame) }
        // The cover's details ("Prepared for: …") are labelled items; what follows them is not.
        let cover = handout.cover ?? []
        let details = cover.prefix { if case let .paragraph(spans) = $0 { spans.first?.style.bold == true } else { false } }
            .compactMap { if case let .paragraph(spans) = $0 { spans } else { nil } }
        if !details.isEmpty { titleFlow.addLabelledItems(details, in: frame, space: style.paragraphSpace) }
        for block in cover.dropFirst(details.count) {
            titleFlow.add(block, in: frame, space: style.paragraphSpace)
        }
        title = titleFlow.lines
        let flow = Self.flow(of: handout.sections, setter: setter, style: style, frame: frame)
        sections = flow.lines
        sectionOutline = flow.outline
        glossary = GlossaryFlow(setter: setter, style: style, frame: frame)
    }

    /// `sections` one after another, each opening with its title.
    static func flow(of sections: [HandoutSection], setter: ParagraphSetter, style: TypesetStyle, frame: FlowFrame) -> BlockFlow {
        var flow = BlockFlow(setter: setter, style: style)
        for section in sections {
            flow.section = Self.anchor(ofSection: section.id)
            flow.style.language = section.language
            flow.addSectionTitle(section.titleSpans, anchor: flow.section, in: frame)
            for block in section.blocks {
                flow.add(block, in: frame, space: style.paragraphSpace)
            }
        }
        flow.style.language = style.language
        return flow
    }

    /// The anchor of a section's title; its headings' anchors add `-1`, `-2`, ….
    static func anchor(ofSection id: String) -> String { "topic-\(id)" }

    /// Every line in reading order: the title (with the cover's details, if any), the contents
    /// (if `contents`), the sections, starting a new page after a cover or the contents, and the
    /// glossary, numbered from `references`.
    func lines(contents: Bool, references: PageReferences) -> [FlowLine] {
        var body = sections
        var contentsLines: [FlowLine] = []
        if contents, !body.isEmpty {
            contentsLines = ContentsFlow(setter: setter, style: style)
                .lines(contentsEntries, pages: references.anchors, in: frame)
            body[0].startsPage = true
        }
        if handout.cover != nil, !body.isEmpty { body[0].startsPage = true }
        return title + contentsLines + body + glossary.lines(handout.glossary, termPages: references.termPages)
    }

    /// Bookmarks in reading order: the contents (if shown), every heading of the sections, the glossary.
    func outline(contents: Bool) -> [OutlineEntry] {
        let contentsEntry = OutlineEntry(title: style.strings.contents, level: 1, destination: ContentsFlow.anchor)
        return (contents ? [contentsEntry] : []) + sectionOutline + glossaryEntry
    }

    /// The contents list the sections, the glossary and the About page.
    private var contentsEntries: [OutlineEntry] {
        sectionOutline.filter { $0.level == 1 } + glossaryEntry
            + (handout.about.map { [OutlineEntry(title: $0.title, level: 1, destination: BlockFlow.aboutAnchor)] } ?? [])
    }

    private var glossaryEntry: [OutlineEntry] {
        handout.glossary.isEmpty ? [] : [OutlineEntry(title: style.strings.glossary, level: 1, destination: GlossaryFlow.anchor)]
    }
}

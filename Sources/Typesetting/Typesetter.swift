import Document
import PageModel

/// Lays out handouts: blocks to lines to pages. Never draws; renderers take the pages.
///
/// Keep one typesetter per task and reuse it: it caches every shaped and hyphenated word and
/// every set paragraph, so a batch of documents shapes each word and sets each shared paragraph once.
public final class Typesetter {
    let shaper: Shaper
    let setter: ParagraphSetter
    let hyphenation: Hyphenation

    /// A typesetter using `fontSet` and `hyphenation`, both loaded once and shared.
    public init(fontSet: FontSet, hyphenation: Hyphenation) {
        shaper = Shaper(fontSet: fontSet)
        self.hyphenation = hyphenation
        setter = ParagraphSetter(
            shaper: shaper, breaker: ParagraphBreaker(shaper: shaper, hyphenator: Hyphenator(hyphenation: hyphenation)))
    }

    /// More paginations than the contents and glossary page numbers ever need to settle (see
    /// ``typeset(_:layout:info:)``); a safety net, not a tuning knob.
    static let maximumPasses = 6

    /// The pages of `handout` in `layout`, with bookmarks for its headings.
    ///
    /// Page numbers in the contents and the glossary are only known after pagination, so the
    /// handout is paginated until they match where things landed. The contents take the same
    /// lines whatever their numbers, so once they are in, the sections stay put; the glossary
    /// comes last, so its page references move nothing before it. That settles in two passes,
    /// three when `auto` contents are first measured without them, and rarely one more (when the
    /// glossary's page references move its heading to another page).
    public func typeset(_ handout: Handout, layout: Layout, info: DocumentInfo) -> PagedDocument {
        setter.startDocument()
        var style = TypesetStyle(layout)
        style.strings = handout.strings
        style.language = handout.strings.language
        let setup = layout.page
        let frame = FlowFrame(x: 0, width: setup.width - setup.marginLeft - setup.marginRight, band: nil)
        setAheadOnTwoCores(handout.sections, style: style, frame: frame)
        let flow = HandoutFlow(handout, setter: setter, style: style, frame: frame)
        let contentHeight = setup.height - setup.marginTop - setup.marginBottom
        let paginator = Paginator(contentHeight: contentHeight)
        // The About page comes last, after any booklet padding: it is the back page of a booklet.
        // Where it takes more than a page (an A5 booklet), it is set tighter if that saves a page.
        func aboutFlow(compact: Bool) -> (flow: BlockFlow, pages: [[PlacedLine]]) {
            var about = BlockFlow(setter: setter, style: style)
            if let leaflet = handout.about { about.addAboutPage(leaflet, compact: compact, in: frame) }
            return (about, paginator.pages(about.lines))
        }
        var (about, aboutPages) = aboutFlow(compact: false)
        if aboutPages.count > 1 {
            let compact = aboutFlow(compact: true)
            if compact.pages.count < aboutPages.count { (about, aboutPages) = compact }
        }
        var contents = layout.contents == .always
        var references = PageReferences()
        var placed: [[PlacedLine]] = []
        for pass in 1...Self.maximumPasses {
            placed = paginator.pages(flow.lines(contents: contents, references: references))
            var found = PageReferences(placed)
            if !aboutPages.isEmpty {
                // The contents list the About page too: it follows the questions page and any booklet padding.
                let front = placed.count + (handout.questionsPage ? 1 : 0)
                found.place(BlockFlow.aboutAnchor, onPage: Self.backPageNumber(after: front, backPages: aboutPages.count, imposed: layout.isImposed))
            }
            let addsContents = pass == 1 && !contents
                && layout.contents.showsContents(pages: placed.count, topics: handout.sections.count)
            if found == references, !addsContents { break }
            references = found
            if addsContents {
                // Contents move every page after them: term pages found without them are all
                // wrong, so the glossary stays unnumbered until a pass with contents finds them.
                contents = true
                references.forgetTermPages()
            }
        }
        if handout.questionsPage {
            placed.append(writingPage(
                title: style.strings.questionsTitle, intro: style.strings.questionsIntro, frame: frame, style: style, contentHeight: contentHeight))
        }
        let padding = bookletPadding(after: placed.count + aboutPages.count, frame: frame, style: style, contentHeight: contentHeight)
        let logo = layout.branding.headerLogo ? handout.organisation?.logo : nil
        let pages = PageComposer(shaper: shaper, style: style, title: handout.title, logo: logo)
            .pages(placed + padding.notesPages, blankPages: padding.blankPages, back: aboutPages)
        return PagedDocument(
            info: info, fonts: shaper.fontSet.files, pages: pages, outline: flow.outline(contents: contents) + about.outline)
    }
}

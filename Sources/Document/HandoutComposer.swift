import Caching

/// Composes handouts (see ``Handout/compose(title:topics:glossary:details:cover:date:)``) and
/// remembers each topic's personalised, marked section, so a batch fills in and marks a topic
/// again only when the details it uses change (a patient's name on one topic, say).
///
/// Not thread-safe: give each task its own composer.
public final class HandoutComposer {
    public let glossary: Glossary
    /// The fixed wording, whose language is also the glossary's: only topics in that language are matched against it.
    public let strings: HandoutStrings
    private let finder: TermFinder
    private var sections = CrossDocumentCache<SectionKey, MarkedSection>(limit: cacheLimit)

    /// A topic as filled in from some details and marked after the abbreviations already linked.
    private struct SectionKey: Hashable {
        var id: String
        var title: ExactText
        var source: ExactText
        var placeholders: PlaceholderValues
        var linkedBefore: Set<String>
    }

    private struct MarkedSection {
        var section: HandoutSection
        var linkedAfter: Set<String>
        var used: Set<Int>
    }

    /// Sections kept for good: every topic many times over (in different company, abbreviations
    /// are linked in different places).
    static let cacheLimit = 1_000

    /// A composer for handouts that draw on `glossary`, written in `strings`' language.
    public init(glossary: Glossary, strings: HandoutStrings = .english) {
        self.glossary = glossary
        self.strings = strings
        finder = TermFinder(glossary.entries)
    }

    /// Personalises `topics` (and the `cover`, if given) with `details` and picks the glossary
    /// entries the topics use (in their titles or text). Every use is marked
    /// (``TextSpan/glossaryTerm``), and the first use of each abbreviation in the text links to its entry.
    public func compose(
        title: String, topics: [Topic], details: PersonalDetails, cover: BodyTemplate? = nil, date: CalendarDay? = nil
    ) throws -> Handout {
        sections.startDocument()
        var linked: Set<String> = []
        var used: Set<Int> = []
        let sections = try topics.map { topic in
            let marked = try section(for: topic, details: details, date: date, linked: linked)
            linked = marked.linkedAfter
            used.formUnion(marked.used)
            return marked.section
        }
        var handout = Handout(
            title: title, sections: sections, glossary: Glossary.alphabetical(used.map { glossary.entries[$0] }),
            cover: try cover?.blocks(for: details, date: date, language: strings.language))
        handout.strings = strings
        return handout
    }

    /// The file and line where `topic`'s body starts.
    private static func place(of topic: Topic) -> String { "\(topic.file):\(topic.body.lineOffset + 1)" }

    private func section(for topic: Topic, details: PersonalDetails, date: CalendarDay?, linked: Set<String>) throws -> MarkedSection {
        let key = SectionKey(
            id: topic.id, title: ExactText(topic.title), source: ExactText(topic.body.source), placeholders: topic.body.dependence(on: details, date: date), linkedBefore: linked)
        if let known = sections.value(for: key) { return known }
        let blocks = try topic.body.blocks(for: details, date: date, language: topic.language)
        // Text in another language than the glossary's is left unmatched, not guessed at.
        guard topic.language.primary == strings.language.primary else {
            let section = HandoutSection(
                id: topic.id, title: topic.title, blocks: blocks, titleSpans: [TextSpan(topic.title)], language: topic.language,
                place: Self.place(of: topic))
            let unmarked = MarkedSection(section: section, linkedAfter: linked, used: [])
            sections.insert(unmarked, for: key)
            return unmarked
        }
        var marker = GlossaryMarker(entries: glossary.entries, finder: finder, linked: linked)
        let section = HandoutSection(
            id: topic.id, title: topic.title, blocks: marker.mark(blocks),
            titleSpans: marker.markTitle(topic.title), language: topic.language, place: Self.place(of: topic))
        let marked = MarkedSection(section: section, linkedAfter: marker.linked, used: marker.usedIndexes)
        sections.insert(marked, for: key)
        return marked
    }
}

/// A topic's title and personalised blocks, as it will appear in a handout.
public struct HandoutSection: Sendable, Equatable {
    public var id: String
    public var title: String
    public var blocks: [Block]
    /// The title as text to set, glossary uses marked.
    public var titleSpans: [TextSpan]
}

/// What one handout says, before typesetting: title, sections, and the glossary terms it uses.
public struct Handout: Sendable, Equatable {
    public var title: String
    public var sections: [HandoutSection]
    /// Glossary entries used in the sections, alphabetical.
    public var glossary: [GlossaryEntry]
    /// What the cover page says under the title, if the handout has one.
    public var cover: [Block]?
    /// Whether the handout ends with a page of ruled lines for the patient's questions.
    public var questionsPage = false

    public init(title: String, sections: [HandoutSection], glossary: [GlossaryEntry], cover: [Block]? = nil) {
        self.title = title
        self.sections = sections
        self.glossary = glossary
        self.cover = cover
    }

    /// Personalises `topics` (and the `cover`, if given) with `details` and picks the glossary
    /// entries the topics use (in their titles or text). Every use is marked
    /// (``TextSpan/glossaryTerm``), and the first use of each abbreviation in the text links to its entry.
    public static func compose(
        title: String, topics: [Topic], glossary: Glossary, details: PersonalDetails,
        cover: BodyTemplate? = nil, date: CalendarDay? = nil
    ) throws -> Handout {
        var marker = GlossaryMarker(entries: glossary.entries)
        let sections = try topics.map { topic in
            HandoutSection(
                id: topic.id, title: topic.title, blocks: marker.mark(try topic.body.blocks(for: details, date: date)),
                titleSpans: marker.markTitle(topic.title))
        }
        return Handout(
            title: title, sections: sections, glossary: marker.used, cover: try cover?.blocks(for: details, date: date))
    }
}

/// A topic's title and personalised blocks, as it will appear in a handout.
public struct HandoutSection: Sendable, Equatable {
    public var id: String
    public var title: String
    public var blocks: [Block]
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
    /// entries the topics use.
    public static func compose(
        title: String, topics: [Topic], glossary: GlossaryMatcher, details: PersonalDetails,
        cover: BodyTemplate? = nil, date: CalendarDay? = nil
    ) throws -> Handout {
        let sections = try topics.map { topic in
            HandoutSection(id: topic.id, title: topic.title, blocks: try topic.body.blocks(for: details, date: date))
        }
        return Handout(
            title: title, sections: sections, glossary: glossary.entries(for: sections, topics: topics),
            cover: try cover?.blocks(for: details, date: date))
    }
}

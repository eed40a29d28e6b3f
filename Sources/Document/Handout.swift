/// A topic's title and personalised blocks, as it will appear in a handout.
public struct HandoutSection: Sendable, Equatable {
    public var id: String
    public var title: String
    public var blocks: [Block]
    /// The title as text to set, glossary uses marked.
    public var titleSpans: [TextSpan]
    /// The language of the topic it comes from.
    public var language: LanguageTag = .british
    /// Where the topic's text starts, `topics/tace.md:12`, for messages about all of it (no
    /// voice for its language, say).
    public var place: String?
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
    /// The fixed wording around the topics, in the content folder's language.
    public var strings = HandoutStrings.english

    public init(title: String, sections: [HandoutSection], glossary: [GlossaryEntry], cover: [Block]? = nil) {
        self.title = title
        self.sections = sections
        self.glossary = glossary
        self.cover = cover
    }

    /// Personalises `topics` (and the `cover`, if given) with `details` and picks the glossary
    /// entries the topics use; see ``HandoutComposer``, which does this for many handouts.
    public static func compose(
        title: String, topics: [Topic], glossary: Glossary, details: PersonalDetails,
        cover: BodyTemplate? = nil, date: CalendarDay? = nil
    ) throws -> Handout {
        try HandoutComposer(glossary: glossary).compose(title: title, topics: topics, details: details, cover: cover, date: date)
    }
}

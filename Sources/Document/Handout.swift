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

    public init(title: String, sections: [HandoutSection], glossary: [GlossaryEntry]) {
        self.title = title
        self.sections = sections
        self.glossary = glossary
    }

    /// Personalises `topics` with `details` and picks the glossary entries they use. Every use of
    /// those terms in the sections' text is marked (``TextSpan/glossaryTerm``), and the first use
    /// of each abbreviation links to its entry.
    public static func compose(
        title: String, topics: [Topic], glossary: Glossary, details: PersonalDetails
    ) throws -> Handout {
        var sections = try topics.map { topic in
            HandoutSection(
                id: topic.id, title: topic.title, blocks: try topic.blocks(for: details), titleSpans: [TextSpan(topic.title)])
        }
        let texts = sections.map { section in
            ([section.title] + section.blocks.map(\.plainText)).joined(separator: "\n")
        }
        let used = glossary.entries(usedIn: texts)
        var marker = GlossaryMarker(entries: used)
        for index in sections.indices {
            sections[index].titleSpans = marker.markTitle(sections[index].title)
            sections[index].blocks = marker.mark(sections[index].blocks)
        }
        return Handout(title: title, sections: sections, glossary: used)
    }
}

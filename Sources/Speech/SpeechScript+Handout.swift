import Document

extension SpeechScript {
    /// The chapter titles a player shows for the parts that are not topics.
    static let coverTitle = "About this handout"
    static let glossaryTitle = "Words used in this handout"
    static let closing = "This is the end of the handout."

    /// What `handout` says aloud: a chapter with the title and cover details (when it has a
    /// cover), one chapter per topic, announced with its number ("Section 2 of 6: Surgery."),
    /// then the glossary. Headings are announced, then a pause; list items and paragraphs are
    /// utterances of their own; each abbreviation is read with its expansion the first time the
    /// text uses it ("TACE, which stands for transarterial chemoembolisation"), unless the
    /// same paragraph spells it out already. Headings never expand a term: they stay short.
    public init(handout: Handout) {
        var reader = BlockReader(glossary: handout.glossary)
        var chapters: [SpeechChapter] = []
        if let cover = handout.cover {
            let opening = [Utterance(Self.sentence(handout.title), pauseAfter: Pause.afterTopicTitle)]
            chapters.append(SpeechChapter(id: "cover", title: Self.coverTitle, utterances: opening + reader.utterances(cover)))
        }
        for (index, section) in handout.sections.enumerated() {
            var utterances: [Utterance] = []
            if chapters.isEmpty, handout.title != section.title {
                utterances.append(Utterance(Self.sentence(handout.title), pauseAfter: Pause.afterTopicTitle))
            }
            let number = handout.sections.count > 1 ? "Section \(index + 1) of \(handout.sections.count): " : ""
            utterances.append(Utterance(Self.sentence(number + section.title), pauseAfter: Pause.afterTopicTitle))
            utterances += reader.utterances(section.blocks)
            chapters.append(SpeechChapter(
                id: "topic-" + section.id, title: section.title, utterances: utterances, language: section.language.value,
                place: section.place))
        }
        if !handout.glossary.isEmpty {
            let heading = Utterance(Self.sentence(Self.glossaryTitle), pauseAfter: Pause.afterHeading)
            let entries = handout.glossary.map { Utterance(Self.spoken($0), pauseAfter: Pause.afterParagraph) }
            chapters.append(SpeechChapter(id: "glossary", title: Self.glossaryTitle, utterances: [heading] + entries))
        }
        for index in chapters.indices where !chapters[index].utterances.isEmpty {
            let last = chapters[index].utterances.count - 1
            chapters[index].utterances[last].pauseAfter = Pause.afterChapter
        }
        if !chapters.isEmpty { chapters[chapters.count - 1].utterances.append(Utterance(Self.closing, pauseAfter: Pause.afterParagraph)) }
        self.init(title: handout.title, chapters: chapters)
    }

    /// "TACE, which stands for transarterial chemoembolisation. A treatment that …"
    static func spoken(_ entry: GlossaryEntry) -> String {
        let name = entry.expansion.map { "\(entry.term), which stands for \($0)" } ?? entry.term
        return SpokenText.spoken(sentence(name) + " " + entry.definition)
    }

    /// `text` ending in a full stop, so the engine's voice falls as at the end of a sentence.
    static func sentence(_ text: String) -> String {
        let spoken = SpokenText.spoken(text)
        guard let last = spoken.last, !".!?:".contains(last) else { return spoken }
        return spoken + "."
    }
}

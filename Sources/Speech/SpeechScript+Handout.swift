import Document

extension SpeechScript {
    /// What `handout` says aloud: a chapter with the title and cover details (when it has a
    /// cover), one chapter per topic, announced with its number ("Section 2 of 6: Surgery."),
    /// then the glossary and the About page. Headings are announced, then a pause; list items and paragraphs are
    /// utterances of their own; each abbreviation is read with its expansion the first time the
    /// text uses it ("TACE, which stands for transarterial chemoembolisation"), unless the
    /// same paragraph spells it out already. Headings never expand a term: they stay short.
    public init(handout: Handout) {
        let strings = handout.strings
        var reader = BlockReader(glossary: handout.glossary, strings: strings)
        var chapters: [SpeechChapter] = []
        if let cover = handout.cover {
            let opening = [Utterance(Self.sentence(handout.title, in: strings.language), pauseAfter: Pause.afterTopicTitle)]
            chapters.append(SpeechChapter(id: "cover", title: strings.detailsTitle, utterances: opening + reader.utterances(cover)))
        }
        for (index, section) in handout.sections.enumerated() {
            var utterances: [Utterance] = []
            if chapters.isEmpty, handout.title != section.title {
                utterances.append(Utterance(Self.sentence(handout.title, in: strings.language), pauseAfter: Pause.afterTopicTitle))
            }
            let announced = handout.sections.count == 1 ? section.title : strings.filling(
                "section-number", ["number": String(index + 1), "count": String(handout.sections.count), "title": section.title])
            utterances.append(Utterance(Self.sentence(announced, in: strings.language), pauseAfter: Pause.afterTopicTitle))
            reader.language = section.language
            utterances += reader.utterances(section.blocks)
            reader.language = strings.language
            chapters.append(SpeechChapter(
                id: "topic-" + section.id, title: section.title, utterances: utterances, language: section.language.value,
                place: section.place))
        }
        if !handout.glossary.isEmpty {
            let heading = Utterance(Self.sentence(strings.glossary, in: strings.language), pauseAfter: Pause.afterHeading)
            let entries = handout.glossary.map { Utterance(Self.spoken($0, strings: strings), pauseAfter: Pause.afterParagraph) }
            chapters.append(SpeechChapter(id: "glossary", title: strings.glossary, utterances: [heading] + entries))
        }
        if let about = handout.about {
            let heading = Utterance(Self.sentence(about.title, in: strings.language), pauseAfter: Pause.afterHeading)
            chapters.append(SpeechChapter(id: "about", title: about.title, utterances: [heading] + reader.utterances(about.blocks)))
        }
        for index in chapters.indices where !chapters[index].utterances.isEmpty {
            let last = chapters[index].utterances.count - 1
            chapters[index].utterances[last].pauseAfter = Pause.afterChapter
        }
        if !chapters.isEmpty { chapters[chapters.count - 1].utterances.append(Utterance(strings["end-of-handout"], pauseAfter: Pause.afterParagraph)) }
        self.init(title: handout.title, chapters: chapters)
    }

    /// "TACE, which stands for transarterial chemoembolisation. A treatment that …"
    static func spoken(_ entry: GlossaryEntry, strings: HandoutStrings) -> String {
        let name = entry.expansion.map { strings.filling("stands-for", ["term": entry.term, "expansion": $0]) } ?? entry.term
        return SpokenText.spoken(sentence(name, in: strings.language) + " " + entry.definition, in: strings.language)
    }

    /// `text`, in `language`, ending in a full stop, so the engine's voice falls as at the end of a sentence.
    static func sentence(_ text: String, in language: LanguageTag) -> String {
        let spoken = SpokenText.spoken(text, in: language)
        guard let last = spoken.last, !".!?:".contains(last) else { return spoken }
        return spoken + "."
    }
}

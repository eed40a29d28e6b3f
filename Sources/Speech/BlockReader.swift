import Document

/// Turns a handout's blocks into utterances, remembering which abbreviations the listener has
/// heard expanded already (only the first use in the text is).
struct BlockReader {
    /// Expansions of the handout's abbreviations, by term.
    private let expansions: [String: String]
    /// Terms the listener has heard explained.
    private(set) var introduced: Set<String> = []
    /// The wording said around the text ("Picture: …", "…, which stands for …").
    let strings: HandoutStrings
    /// The language of the blocks being read, which says how dates and phone numbers are spoken:
    /// the content folder's, or a topic's own.
    var language: LanguageTag

    init(glossary: [GlossaryEntry], strings: HandoutStrings) {
        self.strings = strings
        language = strings.language
        expansions = Dictionary(glossary.compactMap { entry in entry.expansion.map { (entry.term, $0) } }, uniquingKeysWith: { first, _ in first })
    }

    mutating func utterances(_ blocks: [Block]) -> [Utterance] {
        blocks.flatMap { utterances($0) }
    }

    private mutating func utterances(_ block: Block) -> [Utterance] {
        switch block {
        case let .heading(_, spans):
            return [Utterance(SpeechScript.sentence(spans.map(\.text).joined(), in: language), pauseAfter: Pause.afterHeading)]
        case let .paragraph(spans):
            let words = read(spans)
            return words.isEmpty ? [] : [Utterance(words, pauseAfter: Pause.afterParagraph)]
        case let .list(list):
            return list.items.enumerated().flatMap { index, item in
                listItem(item, number: list.ordered ? list.start + index : nil)
            }
        case let .callout(blocks):
            return utterances(blocks)
        case .rule:
            return []
        case let .table(table):
            // Row by row, each cell as "header: value" (see TableBlock.list).
            return utterances(.list(table.list))
        case let .figure(figure):
            // A listener hears what the picture shows (its alt text), then its caption.
            guard !figure.isDecorative else { return [] }
            let sentences = [strings.filling("picture", ["alt": figure.alt])] + (figure.caption.isEmpty ? [] : [figure.caption])
            return [Utterance(sentences.map { SpeechScript.sentence($0, in: language) }.joined(separator: " "), pauseAfter: Pause.afterParagraph)]
        }
    }

    /// An item's blocks, the first paragraph read after the item's number ("2. They gently …").
    private mutating func listItem(_ item: [Block], number: Int?) -> [Utterance] {
        var spoken = utterances(item)
        if let number, !spoken.isEmpty { spoken[0].text = "\(number). " + spoken[0].text }
        for index in spoken.indices where spoken[index].pauseAfter == Pause.afterParagraph {
            spoken[index].pauseAfter = Pause.afterListItem
        }
        return spoken
    }

    /// The words of `spans`, an abbreviation's first use followed by its expansion.
    private mutating func read(_ spans: [TextSpan]) -> String {
        let plain = spans.map(\.text).joined().lowercased()
        for span in spans {
            if let term = span.glossaryTerm, let expansion = expansions[term], plain.contains(expansion.lowercased()) {
                introduced.insert(term)
            }
        }
        var text = ""
        for (index, span) in spans.enumerated() {
            if span == .lineBreak {
                text += text.last.map { ".,;:!?".contains($0) } ?? true ? " " : ", "
                continue
            }
            guard let term = span.glossaryTerm, let expansion = expansions[term], introduced.insert(term).inserted else {
                text += span.text
                continue
            }
            text += strings.filling("stands-for", ["term": span.text, "expansion": expansion])
            let next = spans.dropFirst(index + 1).first(where: { !$0.text.isEmpty })?.text.first
            if let next, !".,;:!?)".contains(next) { text += "," }
        }
        return SpokenText.spoken(text, in: language)
    }
}

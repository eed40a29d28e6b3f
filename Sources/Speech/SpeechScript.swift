/// One stretch of speech: the words given to the speech engine, then a silence.
public struct Utterance: Hashable, Sendable {
    /// Plain words, with dates and phone numbers already written the way they are said.
    public var text: String
    /// The silence after the words, in milliseconds.
    public var pauseAfter: Int

    public init(_ text: String, pauseAfter: Int) {
        self.text = text
        self.pauseAfter = pauseAfter
    }
}

/// A part of the recording a listener can skip to: the cover details, one topic, or the glossary.
public struct SpeechChapter: Hashable, Sendable {
    /// The chapter's element ID in the ID3 tag, e.g. `topic-tace`.
    public var id: String
    /// What a player shows for the chapter.
    public var title: String
    public var utterances: [Utterance]
    /// The language the chapter is written in, a BCP 47 tag: it picks the voice (see
    /// ``SpeechOptions/voice(for:)``). Nil: the options' voice.
    public var language: String?
    /// Where its text comes from (`topics/tace.md:12`), for an error about all of it.
    public var place: String?

    public init(id: String, title: String, utterances: [Utterance], language: String? = nil, place: String? = nil) {
        self.id = id
        self.title = title
        self.utterances = utterances
        self.language = language
        self.place = place
    }
}

/// Everything a handout says aloud, in order, before any sound is made: see
/// ``SpeechScript/init(handout:)``.
public struct SpeechScript: Hashable, Sendable {
    /// The handout's title, for the recording's tag.
    public var title: String
    public var chapters: [SpeechChapter]

    public init(title: String, chapters: [SpeechChapter]) {
        self.title = title
        self.chapters = chapters
    }

    /// Every utterance's text, one a line: what the speech engine is given.
    public var text: String {
        chapters.flatMap(\.utterances).map(\.text).joined(separator: "\n")
    }
}

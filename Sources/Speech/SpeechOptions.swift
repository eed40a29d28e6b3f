/// How a handout is read aloud.
public struct SpeechOptions: Sendable, Equatable {
    /// espeak-ng's British English voice.
    public static let defaultVoice = "en-gb"
    /// Speaking rates a listener may ask for, in words per minute: espeak-ng's slowest (80) up to
    /// a brisk 250. Check values from outside against this before recording.
    public static let rateRange: ClosedRange<Int> = 80...250
    /// A little slower than espeak-ng's 175, as guidance for recorded health information advises.
    public static let defaultRate = 160

    /// An espeak-ng voice name, such as `en-gb` or `en-gb-x-rp`.
    public var voice: String
    /// Words per minute, within ``rateRange``.
    public var rate: Int

    public init(voice: String = defaultVoice, rate: Int = defaultRate) {
        self.voice = voice
        self.rate = rate
    }

    /// The voice for text in `language` (a BCP 47 tag): ``voice`` when the language is nil or the
    /// voice's own (`en-GB` and `en-gb-x-rp` are both English), else espeak-ng's voice for the
    /// language, which espeak-ng names by the tag in lower case (`cy`, `pl`).
    public func voice(for language: String?) -> String {
        guard let language = language?.lowercased() else { return voice }
        func primary(_ tag: String) -> Substring { tag.prefix { $0 != "-" } }
        return primary(language) == primary(voice.lowercased()) ? voice : language
    }
}

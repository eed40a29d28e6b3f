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
}

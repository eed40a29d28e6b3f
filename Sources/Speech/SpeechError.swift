/// Why a handout could not be read aloud or encoded.
public struct SpeechError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    /// The file and line of the content at fault, when the content is (a topic in a language
    /// with no voice); nil for a problem of the machine or the options.
    public let place: String?

    init(_ message: String, place: String? = nil) {
        self.message = message
        self.place = place
    }

    public var description: String { message }

    /// No voice `voice`; given the `place` of the text that needs it, the message starts there.
    static func voiceNotFound(_ voice: String, place: String? = nil) -> SpeechError {
        guard let place else {
            return SpeechError(
                "espeak-ng has no voice '\(voice)' (British English is '\(SpeechOptions.defaultVoice)', in the Debian package espeak-ng-data)")
        }
        return SpeechError(
            "\(place): espeak-ng has no voice for '\(voice)', the language this topic is written in (its lang); the Debian package espeak-ng-data has the voices there are",
            place: place)
    }
}

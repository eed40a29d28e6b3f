/// Why a handout could not be read aloud or encoded.
public struct SpeechError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    init(_ message: String) { self.message = message }

    public var description: String { message }

    static func voiceNotFound(_ voice: String) -> SpeechError {
        SpeechError(
            "espeak-ng has no voice '\(voice)' (British English is '\(SpeechOptions.defaultVoice)', in the Debian package espeak-ng-data)")
    }
}

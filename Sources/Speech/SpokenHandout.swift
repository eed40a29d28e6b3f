import Document
import Foundation

/// A handout read aloud: an MP3 file with an ID3 tag of its title and chapters.
public struct SpokenHandout: Sendable {
    /// The whole file: the ID3 tag, then the MP3 frames.
    public var mp3: Data
    public var chapters: [ChapterMark]
    /// The samples spoken (silences included) and their rate: the recording lasts
    /// `sampleCount / sampleRate` seconds.
    public var sampleCount: Int
    public var sampleRate: Int

    /// The length of the recording in seconds.
    public var duration: Double { Double(sampleCount) / Double(sampleRate) }

    /// Reads `script` aloud with espeak-ng, each chapter in the voice of its language, and encodes
    /// it with LAME. Throws ``SpeechError`` (a voice that is not installed, naming the topic and
    /// line that needs it) before any bytes exist.
    public init(script: SpeechScript, options: SpeechOptions = SpeechOptions()) throws {
        guard SpeechOptions.rateRange.contains(options.rate) else {
            throw SpeechError("the speaking rate must be \(SpeechOptions.rateRange.lowerBound) to \(SpeechOptions.rateRange.upperBound) words a minute, not \(options.rate)")
        }
        (sampleRate, sampleCount, chapters, mp3) = try SpeechEngine.withVoice(options) { speaker in
            let encoder = try MP3Encoder(sampleRate: speaker.sampleRate)
            var samples = 0
            var encodingError: Error?
            var marks: [ChapterMark] = []
            var voice = options.voice
            for chapter in script.chapters {
                // A topic in another language is read in that language's voice.
                if options.voice(for: chapter.language) != voice {
                    voice = options.voice(for: chapter.language)
                    try speaker.select(voice, for: chapter.place)
                }
                let start = samples
                for utterance in chapter.utterances {
                    try speaker.speak(utterance.text) { pcm in
                        guard encodingError == nil else { return }
                        do { try encoder.encode(pcm) } catch { encodingError = error }
                        samples += pcm.count
                    }
                    if let encodingError { throw encodingError }
                    let silence = utterance.pauseAfter * speaker.sampleRate / 1_000
                    try encoder.encodeSilence(silence)
                    samples += silence
                }
                marks.append(ChapterMark(
                    id: chapter.id, title: chapter.title, startMilliseconds: Self.milliseconds(start, speaker.sampleRate),
                    endMilliseconds: Self.milliseconds(samples, speaker.sampleRate)))
            }
            let audio = try encoder.finish()
            return (speaker.sampleRate, samples, marks, try ID3Tag.bytes(title: script.title, chapters: marks) + audio)
        }
    }

    /// Reads `handout` aloud: see ``SpeechScript/init(handout:)``.
    public init(handout: Handout, options: SpeechOptions = SpeechOptions()) throws {
        try self.init(script: SpeechScript(handout: handout), options: options)
    }

    private static func milliseconds(_ samples: Int, _ sampleRate: Int) -> UInt32 {
        UInt32(clamping: samples * 1_000 / sampleRate)
    }
}

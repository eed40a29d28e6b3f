import CLateLibraries.EspeakNG
import Foundation

/// espeak-ng in synchronous mode: text in, 16-bit mono PCM samples out through a callback.
///
/// espeak-ng keeps one voice and one set of parameters for the whole process, so every use
/// goes through ``withVoice(_:_:)``, which holds a lock for as long as it speaks.
enum SpeechEngine {
    private static let lock = NSLock()
    /// The engine's sample rate once it is set up; set and read under `lock`.
    nonisolated(unsafe) private static var initializedSampleRate: Int?

    /// Runs `body` with espeak-ng set to `options`' voice and rate, holding the engine meanwhile.
    static func withVoice<Result>(_ options: SpeechOptions, _ body: (Speaker) throws -> Result) throws -> Result {
        lock.lock()
        defer { lock.unlock() }
        let espeak = try SpeechLibraries.espeak.get()
        let sampleRate = try initialize(espeak)
        let speaker = Speaker(espeak: espeak, sampleRate: sampleRate, rate: options.rate)
        try speaker.select(options.voice, for: nil)
        return try body(speaker)
    }

    /// Chooses the voice for a language such as `en-gb` (as `espeak-ng -v` does), or else the voice
    /// of that name or file; false when there is none.
    fileprivate static func selectVoice(_ voice: String, in espeak: handout_espeak_ng) -> Bool {
        let byLanguage = voice.withCString { language in
            var selector = espeak_VOICE()
            selector.languages = language
            return espeak.espeak_ng_SetVoiceByProperties(&selector)
        }
        return byLanguage == ENS_OK || espeak.espeak_ng_SetVoiceByName(voice) == ENS_OK
    }

    private static func initialize(_ espeak: handout_espeak_ng) throws -> Int {
        if let initializedSampleRate { return initializedSampleRate }
        espeak.espeak_ng_InitializePath(nil)
        try check(espeak.espeak_ng_Initialize(nil), "starting", in: espeak)
        try check(espeak.espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nil), "setting up synchronous output", in: espeak)
        espeak.espeak_SetSynthCallback(receiveSamples)
        let rate = Int(espeak.espeak_ng_GetSampleRate())
        initializedSampleRate = rate
        return rate
    }

    static func check(_ status: espeak_ng_STATUS, _ doing: String, in espeak: handout_espeak_ng) throws {
        guard status != ENS_OK else { return }
        var buffer = [CChar](repeating: 0, count: 512)
        espeak.espeak_ng_GetStatusCodeMessage(status, &buffer, buffer.count)
        let message = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        throw SpeechError("espeak-ng failed \(doing): \(message)")
    }

    /// Speaks with the voice set up by ``SpeechEngine/withVoice(_:_:)``; only valid inside it.
    struct Speaker {
        /// espeak-ng's functions.
        let espeak: handout_espeak_ng
        /// Samples per second of what ``speak(_:into:)`` delivers.
        let sampleRate: Int
        /// Words a minute, set again with every voice.
        let rate: Int

        /// Speaks on in `voice`; an error names `place`, the text that needs the voice, if given.
        func select(_ voice: String, for place: String?) throws {
            guard SpeechEngine.selectVoice(voice, in: espeak) else { throw SpeechError.voiceNotFound(voice, place: place) }
            try check(espeak.espeak_ng_SetParameter(espeakRATE, Int32(rate), 0), "setting the speaking rate", in: espeak)
        }

        /// Synthesises `text` (plain UTF-8, no SSML), handing the samples to `receive` as they come.
        func speak(_ text: String, into receive: (UnsafeBufferPointer<Int16>) -> Void) throws {
            try withoutActuallyEscaping(receive) { receive in
                let sink = SampleSink(receive: receive)
                let context = Unmanaged.passUnretained(sink).toOpaque()
                try withExtendedLifetime(sink) {
                    let bytes = Array(text.utf8CString)
                    try check(
                        espeak.espeak_ng_Synthesize(bytes, bytes.count, 0, POS_CHARACTER, 0, UInt32(espeakCHARS_UTF8), nil, context),
                        "speaking", in: espeak)
                }
            }
        }
    }
}

/// Where espeak-ng's callback puts the samples of one call to ``SpeechEngine/Speaker/speak(_:into:)``.
private final class SampleSink {
    let receive: (UnsafeBufferPointer<Int16>) -> Void
    init(receive: @escaping (UnsafeBufferPointer<Int16>) -> Void) { self.receive = receive }
}

/// espeak-ng's synthesis callback: the events carry the sink as their user data.
private func receiveSamples(_ samples: UnsafeMutablePointer<Int16>?, _ count: Int32, _ events: UnsafeMutablePointer<espeak_EVENT>?) -> Int32 {
    guard let samples, count > 0, let context = events?.pointee.user_data else { return 0 }
    Unmanaged<SampleSink>.fromOpaque(context).takeUnretainedValue().receive(UnsafeBufferPointer(start: samples, count: Int(count)))
    return 0
}

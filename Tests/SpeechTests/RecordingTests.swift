import Document
import Foundation
import HandoutTestSupport
import Testing
@testable import Speech

/// Real recordings, checked the way players see them: ffprobe for the tag and chapters, ffmpeg to decode.
@Suite struct RecordingTests {
    @Test func anMP3OfAShortHandoutHasItsDurationTitleAndChapters() throws {
        let script = SpeechScript(handout: try SmallHandout.make())
        let spoken = try SpokenHandout(script: script)
        let file = try Repository.temporaryFolder().appendingPathComponent("handout.mp3")
        try spoken.mp3.write(to: file)

        let probe = try CommandLineTool.run("ffprobe", ["-v", "error", "-show_chapters", "-show_format", "-of", "json", file.path])
        #expect(probe.status == 0, "\(probe.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(probe.output.utf8)) as? [String: Any])
        let format = try #require(json["format"] as? [String: Any])
        #expect(format["format_name"] as? String == "mp3")
        #expect((format["tags"] as? [String: String])?["title"] == "Your treatment")
        let duration = try #require(Double(format["duration"] as? String ?? ""))
        #expect(abs(duration - spoken.duration) < 0.1, "ffprobe \(duration) s, spoken \(spoken.duration) s")
        #expect(spoken.duration > 20, "a cover, two topics and a glossary take more than 20 s to say")

        let chapters = try #require(json["chapters"] as? [[String: Any]])
        #expect(chapters.count == script.chapters.count)
        #expect(chapters.map { ($0["tags"] as? [String: String])?["title"] } == script.chapters.map(\.title))
        let starts = chapters.compactMap { Double($0["start_time"] as? String ?? "") }
        let ends = chapters.compactMap { Double($0["end_time"] as? String ?? "") }
        #expect(starts == spoken.chapters.map { Double($0.startMilliseconds) / 1000 })
        #expect(ends == spoken.chapters.map { Double($0.endMilliseconds) / 1000 })
        #expect(starts.first == 0 && Array(starts.dropFirst()) == Array(ends.dropLast()), "chapters follow on")
        #expect(abs((ends.last ?? 0) - duration) < 0.1)
        #expect(zip(starts, ends).allSatisfy { $0 < $1 })
    }

    @Test func theDecodedAudioIsSpeechOfTheLengthSpoken() throws {
        let spoken = try SpokenHandout(script: SpeechScript(title: "Short", chapters: [
            SpeechChapter(id: "one", title: "One", utterances: [Utterance("Hello, this is your handout.", pauseAfter: 500)]),
            SpeechChapter(id: "two", title: "Two", utterances: [Utterance("Call oh 1 1 3, 2 4 3, 3 1 4 4.", pauseAfter: 500)]),
        ]))
        let folder = try Repository.temporaryFolder()
        let file = folder.appendingPathComponent("short.mp3")
        let raw = folder.appendingPathComponent("short.raw")
        try spoken.mp3.write(to: file)
        let decode = try CommandLineTool.run(
            "ffmpeg", ["-v", "error", "-i", file.path, "-f", "s16le", "-ac", "1", "-ar", String(spoken.sampleRate), raw.path])
        #expect(decode.status == 0 && decode.errors.isEmpty, "\(decode.errors)")
        let samples = try Data(contentsOf: raw).withUnsafeBytes { Array($0.bindMemory(to: Int16.self)) }
        #expect(abs(samples.count - spoken.sampleCount) <= 1_152, "decoded \(samples.count), spoken \(spoken.sampleCount)")
        let loud = samples.filter { abs(Int($0)) > 1_000 }.count
        #expect(loud > samples.count / 20, "speech, not silence")
        let tail = samples.suffix(spoken.sampleRate * 4 / 10)
        #expect(tail.allSatisfy { abs(Int($0)) < 300 }, "the last pause is silent")
    }

    @Test func aMissingVoiceIsAClearErrorAndNoRecording() throws {
        let script = SpeechScript(handout: try SmallHandout.make())
        #expect(throws: SpeechError.voiceNotFound("xx-nowhere")) {
            try SpokenHandout(script: script, options: SpeechOptions(voice: "xx-nowhere"))
        }
        #expect(SpeechError.voiceNotFound("xx-nowhere").message.contains("'xx-nowhere'"))
        #expect(throws: SpeechError.self) { try SpokenHandout(script: script, options: SpeechOptions(rate: 500)) }
    }

    @Test func aSlowerRateTakesLonger() throws {
        let script = SpeechScript(title: "Rate", chapters: [
            SpeechChapter(id: "one", title: "One", utterances: [Utterance("Keep this handout somewhere safe.", pauseAfter: 0)]),
        ])
        let slow = try SpokenHandout(script: script, options: SpeechOptions(rate: 100))
        let fast = try SpokenHandout(script: script, options: SpeechOptions(rate: 220))
        #expect(slow.duration > fast.duration * 1.5)
    }

    @Test func syncsafeSizesUseSevenBitsAByte() throws {
        #expect(try ID3Tag.syncsafe(200) == Data([0, 0, 1, 0x48]))
        #expect(try ID3Tag.syncsafe((1 << 28) - 1) == Data([0x7F, 0x7F, 0x7F, 0x7F]))
        #expect(throws: SpeechError.self) { try ID3Tag.syncsafe(1 << 28) }
    }
}

import CLateLibraries.Lame
import Foundation

/// LAME encoding 16-bit mono PCM to a variable-bitrate MP3, in memory.
///
/// The stream starts with LAME's Xing/Info frame (frame count, encoder delay and padding), so
/// players and ffmpeg trim the encoder's silence and the duration matches the samples given.
/// Variable bitrate, because at 22 050 Hz a constant-bitrate frame below 56 kbit/s is too small
/// to hold that frame (LAME then leaves it out), and because pauses cost next to nothing.
final class MP3Encoder {
    /// LAME's VBR quality, 0 (best) to 9: 6 is clear for synthesised speech at about 50 kbit/s.
    static let vbrQuality: Float = 6
    /// LAME's algorithm quality, 0 (best, slowest) to 9; 5 is its own default and quick.
    static let quality: Int32 = 5

    private let api: handout_lame
    private let lame: OpaquePointer
    private(set) var mp3 = Data()
    private var buffer: [UInt8] = []

    init(sampleRate: Int) throws {
        let api = try SpeechLibraries.lame.get()
        self.api = api
        guard let lame = api.lame_init() else { throw SpeechError("LAME could not start an encoder") }
        self.lame = lame
        _ = api.lame_set_num_channels(lame, 1)
        _ = api.lame_set_mode(lame, MONO)
        _ = api.lame_set_in_samplerate(lame, Int32(sampleRate))
        _ = api.lame_set_out_samplerate(lame, Int32(sampleRate))
        _ = api.lame_set_VBR(lame, vbr_default)
        _ = api.lame_set_VBR_quality(lame, Self.vbrQuality)
        _ = api.lame_set_quality(lame, Self.quality)
        _ = api.lame_set_write_id3tag_automatic(lame, 0)
        _ = api.lame_set_bWriteVbrTag(lame, 1)
        guard api.lame_init_params(lame) >= 0 else {
            _ = api.lame_close(lame)
            throw SpeechError("LAME cannot encode \(sampleRate) Hz mono")
        }
    }

    deinit { _ = api.lame_close(lame) }

    /// Encodes `samples`, appending whatever MP3 frames are complete.
    func encode(_ samples: UnsafeBufferPointer<Int16>) throws {
        guard let start = samples.baseAddress, !samples.isEmpty else { return }
        let needed = samples.count * 5 / 4 + 7_200
        if buffer.count < needed { buffer = [UInt8](repeating: 0, count: needed) }
        let written = buffer.withUnsafeMutableBufferPointer { output in
            api.lame_encode_buffer(lame, start, start, Int32(samples.count), output.baseAddress, Int32(output.count))
        }
        try append(written, "encoding")
    }

    /// Encodes `count` samples of silence.
    func encodeSilence(_ count: Int) throws {
        var remaining = count
        while remaining > 0 {
            let chunk = min(remaining, Self.silence.count)
            try Self.silence.withUnsafeBufferPointer { try encode(UnsafeBufferPointer(rebasing: $0[..<chunk])) }
            remaining -= chunk
        }
    }

    private static let silence = [Int16](repeating: 0, count: 8_192)

    /// Flushes the last frames and puts the final Info frame over LAME's placeholder: the MP3.
    func finish() throws -> Data {
        if buffer.count < 7_200 { buffer = [UInt8](repeating: 0, count: 7_200) }
        let flushed = buffer.withUnsafeMutableBufferPointer { api.lame_encode_flush(lame, $0.baseAddress, Int32($0.count)) }
        try append(flushed, "finishing")
        var frame = [UInt8](repeating: 0, count: 2_880)
        let size = api.lame_get_lametag_frame(lame, &frame, frame.count)
        guard size > 0, size <= frame.count, size <= mp3.count else { throw SpeechError("LAME wrote no Info frame") }
        mp3.replaceSubrange(0..<size, with: frame[0..<size])
        return mp3
    }

    private func append(_ written: Int32, _ doing: String) throws {
        guard written >= 0 else { throw SpeechError("LAME failed \(doing) (error \(written))") }
        mp3.append(contentsOf: buffer[0..<Int(written)])
    }
}

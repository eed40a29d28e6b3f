import CHyphen
import Foundation

/// A libhyphen pattern dictionary, read once and shared by every typesetter.
///
/// The file is read when this is made (a missing or unreadable file is an error then), but
/// libhyphen parses it only when the first word is hyphenated: a handout whose paragraphs all
/// set well without hyphens (see ``ParagraphBreaker``) never needs it.
///
/// libhyphen only reads the dictionary while hyphenating, but it is plain C with no promise
/// about threads, so calls are serialised with a lock. Each typesetter remembers the words it
/// has cut (see ``WordSegmenter``), so the lock is taken about once per distinct word.
final class HyphenationPatterns: @unchecked Sendable {
    private let text: [UInt8]
    /// The parsed dictionary, once a word has been hyphenated; guarded by `lock`.
    private var parsed: UnsafeMutablePointer<HyphenDict>?
    private let lock = NSLock()

    /// Reads the `.dic` file at `path`; a missing or unreadable file is an error naming it.
    init(path: String) throws {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw TypesettingError.hyphenationPatternsMissing(path)
        }
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else {
            throw TypesettingError.hyphenationPatternsUnreadable(path)
        }
        text = Array(data)
    }

    deinit { parsed.map(hnj_hyphen_free) }

    /// The dictionary, parsed from the text read at start on first use (nil only if memory ran
    /// out for the stream). Call with `lock` held.
    private func dictionary() -> UnsafeMutablePointer<HyphenDict>? {
        if let parsed { return parsed }
        parsed = text.withUnsafeBufferPointer { bytes -> UnsafeMutablePointer<HyphenDict>? in
            // A read-only stream over the bytes: fmemopen does not write to them in mode "r".
            guard let stream = fmemopen(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count, "r") else { return nil }
            defer { fclose(stream) }
            return hnj_hyphen_load_file(stream)
        }
        return parsed
    }

    /// The character offsets inside `word` (lower case letters) after which the patterns allow
    /// a hyphen. The dictionary's own minimums at either end apply.
    func points(_ word: String) -> [Int] {
        let bytes = Array(word.utf8)
        // libhyphen wants room for five more bytes than the word has.
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        let status: Int32 = lock.withLock {
            guard let dictionary = dictionary() else { return -1 }
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { word in
                    hnj_hyphen_hyphenate2(
                        dictionary, word.baseAddress, Int32(word.count), &hyphens, nil, &replacements, &positions, &cuts)
                }
            }
        }
        // Non-standard hyphenation (which English patterns never use) hands back arrays to free.
        if let replacements {
            for index in 0..<bytes.count { free(replacements[index]) }
            free(replacements)
        }
        free(positions)
        free(cuts)
        guard status == 0 else { return [] }
        // An odd digit after byte i allows a hyphen between bytes i and i + 1; count characters.
        var points: [Int] = []
        var characters = 0
        for (index, byte) in bytes.enumerated() {
            if byte & 0xC0 != 0x80 { characters += 1 }
            let nextStartsCharacter = index + 1 < bytes.count && bytes[index + 1] & 0xC0 != 0x80
            if hyphens[index] & 1 == 1, nextStartsCharacter { points.append(characters) }
        }
        return points
    }
}

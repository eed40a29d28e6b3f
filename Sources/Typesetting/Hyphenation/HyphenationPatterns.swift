import CHyphen
import Foundation

/// A libhyphen pattern dictionary, loaded once and shared by every typesetter.
///
/// libhyphen only reads the dictionary while hyphenating, but it is plain C with no promise
/// about threads, so calls are serialised with a lock. Each typesetter remembers the words it
/// has cut (see ``WordSegmenter``), so the lock is taken about once per distinct word.
final class HyphenationPatterns: @unchecked Sendable {
    private let dictionary: UnsafeMutablePointer<HyphenDict>
    private let lock = NSLock()

    /// Loads the `.dic` file at `path`; a missing or unreadable file is an error naming it.
    init(path: String) throws {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw TypesettingError.hyphenationPatternsMissing(path)
        }
        guard let dictionary = hnj_hyphen_load(path) else {
            throw TypesettingError.hyphenationPatternsUnreadable(path)
        }
        self.dictionary = dictionary
    }

    deinit { hnj_hyphen_free(dictionary) }

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
            bytes.withUnsafeBufferPointer { buffer in
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

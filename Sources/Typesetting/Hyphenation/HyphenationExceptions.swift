import Document

/// Words the patterns hyphenate badly, with the hyphenation to use instead, one a line:
/// `gas-tro-en-ter-ol-o-gist`. A word written without hyphens is never hyphenated.
/// Blank lines and lines starting with `#` are ignored.
struct HyphenationExceptions: Sendable {
    /// Hyphen positions (character offsets) by lower case word.
    private(set) var points: [String: [Int]] = [:]

    init() {}

    /// Parses the list; `file` names it in errors, which give the line at fault.
    init(parsing text: String, file: String) throws {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let entry = line.trimmingCharacters(in: .whitespaces)
            guard !entry.isEmpty, !entry.hasPrefix("#") else { continue }
            let pieces = entry.split(separator: "-", omittingEmptySubsequences: false)
            guard pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter && $0.isLowercase } }) else {
                throw ContentError(
                    file: file, line: index + 1,
                    "'\(entry)' is not a word in lower case letters with single hyphens between its parts")
            }
            let word = pieces.joined()
            guard points[word] == nil else {
                throw ContentError(file: file, line: index + 1, "'\(word)' is listed twice")
            }
            points[word] = pieces.dropLast().reduce(into: [Int]()) { offsets, piece in
                offsets.append((offsets.last ?? 0) + piece.count)
            }
        }
    }
}

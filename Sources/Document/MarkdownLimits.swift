/// Bounds on what a topic's Markdown may nest, checked on the text before cmark-gfm parses it.
///
/// A handout can print callouts inside callouts only a few levels deep, and emphasis needs at most
/// three delimiters (`***bold italic***`). Text far beyond that (thousands of `>` or `*`) is not
/// a leaflet but an attack on the parser, and cmark-gfm's tree for it would be deeper than any
/// walk over it can go; it is refused with the line it is on.
enum MarkdownLimits {
    /// The deepest nesting of callouts (`>`) a handout prints.
    static let maximumCalloutDepth = 3
    /// The longest run of `*` or `_` in text: three makes bold italic.
    static let maximumDelimiterRun = 3
    /// The deepest nesting of emphasis, strong and links inside one another.
    static let maximumInlineDepth = 6

    /// Fails on the first line that nests callouts too deep or holds too long a run of `*` or `_`.
    /// `file` and `lineOffset` place the line in its file.
    static func check(_ markdown: String, file: String, lineOffset: Int) throws {
        var number = 0
        for line in markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            if calloutDepth(line) > maximumCalloutDepth {
                throw ContentError(
                    file: file, line: number + lineOffset,
                    "callouts (>) are nested more than \(maximumCalloutDepth) deep; a handout cannot print that clearly")
            }
            if let run = longestDelimiterRun(line), run.count > maximumDelimiterRun, !isThematicBreak(line) {
                throw ContentError(
                    file: file, line: number + lineOffset,
                    "a run of \(run.count) '\(run.character)' characters; emphasis needs at most \(maximumDelimiterRun) (write \\\(run.character) for the character itself)")
            }
        }
    }

    /// How many `>` markers open the line (each after at most three spaces).
    private static func calloutDepth(_ line: Substring.UTF8View.SubSequence) -> Int {
        var depth = 0
        var index = line.startIndex
        while true {
            var spaces = 0
            while index < line.endIndex, line[index] == UInt8(ascii: " "), spaces < 3 {
                index = line.index(after: index)
                spaces += 1
            }
            guard index < line.endIndex, line[index] == UInt8(ascii: ">") else { return depth }
            depth += 1
            index = line.index(after: index)
            if index < line.endIndex, line[index] == UInt8(ascii: " ") { index = line.index(after: index) }
        }
    }

    /// The longest run of unescaped `*` or `_` in the line.
    private static func longestDelimiterRun(_ line: Substring.UTF8View.SubSequence) -> (character: Character, count: Int)? {
        var longest: (character: Character, count: Int)?
        var current: (byte: UInt8, count: Int)?
        var escaped = false
        for byte in line {
            let isDelimiter = !escaped && (byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_"))
            escaped = !escaped && byte == UInt8(ascii: "\\")
            guard isDelimiter else {
                current = nil
                continue
            }
            current = current?.byte == byte ? (byte, current!.count + 1) : (byte, 1)
            if current!.count > longest?.count ?? 0 { longest = (Character(Unicode.Scalar(byte)), current!.count) }
        }
        return longest
    }

    /// Whether the line is a thematic break: only `*`, `-` or `_` (one kind) and spaces.
    private static func isThematicBreak(_ line: Substring.UTF8View.SubSequence) -> Bool {
        let marks = line.filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\r") }
        guard let first = marks.first, [UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "_")].contains(first) else { return false }
        return marks.count >= 3 && marks.allSatisfy { $0 == first }
    }
}

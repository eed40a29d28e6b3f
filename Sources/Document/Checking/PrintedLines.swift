import Foundation

/// The words a topic can print, line by line as written in its file: the title, then every line of
/// the body with placeholder tags and link addresses taken out.
///
/// Text on both sides of a placeholder section (with and without a value) is kept, so a check
/// sees every wording a clinic might print.
struct PrintedLines {
    /// One line of the topic file and the text it can print.
    struct Line {
        /// The line number in the file, where known.
        var number: Int?
        var text: String
    }

    let lines: [Line]

    init(_ topic: Topic) {
        let title = Line(number: topic.keyLines["title"], text: topic.title)
        let body = topic.body.numberedLines.map { Line(number: $0.number, text: Self.printable($0.text)) }
        lines = [title] + body
    }

    /// The whole printable text, lines joined.
    var text: String { lines.map(\.text).joined(separator: "\n") }

    /// `markdown` with placeholder tags replaced by spaces and link addresses removed.
    static func printable(_ markdown: String) -> String {
        var text = ""
        var position = markdown.startIndex
        for tag in PlaceholderTag.tags(in: markdown) {
            text += markdown[position..<tag.range.lowerBound] + " "
            position = tag.range.upperBound
        }
        text += markdown[position...]
        return text.replacing(#/\]\([^)]*\)/#, with: "]")
    }
}

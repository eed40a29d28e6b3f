import Braille
import Document
import Foundation

/// Reads BRF back into print with liblouis (through the Braille module, which keeps liblouis
/// to one thread at a time), as a braille reader's software would, to compare with the source.
enum BackTranslation {
    /// `brf` (ASCII braille) in print, through the table for `grade`.
    /// liblouis cannot read UEB's bold and italic indicators back (it writes their first cell as
    /// escaped dots, `\\45/`, and misreads what follows a passage indicator), so they are taken
    /// out first: dots 45 (bold) or 46 (italic) before dots 2 (word), 23 (symbol), 2356 (passage)
    /// or 3 (terminator), which are `^` or `.` before `1`, `2`, `7` or `'` in BRF.
    static func print(_ brf: String, grade: Layout.Braille.Grade = .two) -> String {
        BrailleWriter.print(brf.replacing(/[\^.][127']/, with: ""), grade: grade) ?? ""
    }

    /// The words of `text`, lower case, letters and digits only: what a comparison of print and
    /// back-translated braille can expect to agree on.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}

/// A BRF file cut into pages and lines as an embosser reads it.
struct BRFPages {
    var pages: [[String]]

    init(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        var pages = text.components(separatedBy: "\u{0C}")
        if pages.last == "" { pages.removeLast() }
        self.pages = pages.map { page in
            var lines = page.components(separatedBy: "\r\n")
            if lines.last == "" { lines.removeLast() }
            return lines
        }
    }

    /// Whether `line` is a contents entry: guide dots (dot 5) leading to a page number.
    static func isContentsEntry(_ line: String) -> Bool { line.contains("\"\" #") }

    /// The text lines of every page (all but the number line, and no contents entries), joined
    /// into one braille text: lines that end in a hyphen join the next directly, others with a blank.
    var joinedText: String {
        var text = ""
        for page in pages {
            for line in page.dropFirst() where !Self.isContentsEntry(line) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty, Set(trimmed) != ["7"], Set(trimmed) != ["3"] else { continue }
                if !text.isEmpty, !text.hasSuffix("-") { text += " " }
                text += trimmed
            }
        }
        return text
    }
}

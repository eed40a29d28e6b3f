import Foundation

/// Sets catalog entries cairo 1.16 cannot write, or writes wrongly: `/Lang` (the language a
/// screen reader should speak), `/ViewerPreferences << /DisplayDocTitle true >>` (viewers show
/// the title, not the file name) and `/PageLabels` (cairo leaves out page 0 when the labels are
/// 1, 2, 3…, which the standard requires).
///
/// It appends an incremental update (ISO 32000-1, 7.5.6): a new version of the catalog object
/// under the same number, a cross-reference section for it, and a trailer that points back to the
/// previous one with `/Prev`. cairo's bytes are kept as they are, and the same input always gives
/// the same output.
enum PDFCatalogUpdate {
    /// `pdf` with each key of `entries` added to the catalog with its value (PDF syntax). Keys the
    /// catalog has already are an error: cairo 1.16 writes none of them.
    static func setting(_ entries: [(key: String, value: String)], in pdf: Data) throws -> Data {
        let file = PDFBytes(pdf)
        guard let startxref = file.lastIndex(of: "startxref"),
            let previousXref = Int(file.ascii(startxref + 9..<file.count).prefix { $0 != "%" }.trimmingCharacters(in: .whitespacesAndNewlines)),
            let trailerStart = file.lastIndex(of: "trailer", before: startxref)
        else { throw RenderError.unexpectedPDF("no trailer or startxref at the end") }
        let trailer = file.ascii(trailerStart + 7..<startxref).trimmingCharacters(in: .whitespacesAndNewlines)
        guard trailer.hasPrefix("<<"), trailer.hasSuffix(">>"),
            let root = trailer.firstMatch(of: /\/Root\s+(\d+)\s+(\d+)\s+R/), let number = Int(root.1),
            let generation = Int(root.2)
        else { throw RenderError.unexpectedPDF("the trailer names no /Root catalog") }
        let catalog = try file.dictionary(ofObject: number, generation: generation, xrefAt: previousXref)
        for (key, _) in entries where catalog.contains(key) {
            throw RenderError.unexpectedPDF("the catalog already has \(key)")
        }

        var update = pdf.last == UInt8(ascii: "\n") ? "" : "\n"
        let objectOffset = file.count + update.utf8.count
        update += "\(number) \(generation) obj\n"
        update += catalog.dropLast(2) + entries.map { "   \($0.key) \($0.value)\n" }.joined() + ">>\nendobj\n"
        let xrefOffset = file.count + update.utf8.count
        update += "xref\n\(number) 1\n" + String(format: "%010d %05d n \n", objectOffset, generation)
        let previousEntries = trailer.replacing(/\s*\/Prev\s+\d+/, with: "").dropLast(2)
        update += "trailer\n\(previousEntries)   /Prev \(previousXref)\n>>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        return pdf + Data(update.utf8)
    }

    /// `value` as a PDF text string: a literal for ASCII, else UTF-16BE with a byte order mark.
    static func textString(_ value: String) -> String {
        if value.allSatisfy(\.isASCII) {
            let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
                .replacingOccurrences(of: ")", with: "\\)")
            return "(\(escaped))"
        }
        return "<FEFF" + value.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }
}

/// The bytes of a PDF file, searched by byte offset (PDF offsets count bytes, and streams are binary).
private struct PDFBytes {
    let bytes: [UInt8]

    init(_ data: Data) { bytes = [UInt8](data) }

    var count: Int { bytes.count }

    /// The ASCII text of `range`; other bytes become U+FFFD.
    func ascii(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: Unicode.ASCII.self)
    }

    /// Where the last `word` before `end` starts.
    func lastIndex(of word: String, before end: Int? = nil) -> Int? {
        let pattern = Array(word.utf8)
        var start = (end ?? bytes.count) - pattern.count
        while start >= 0 {
            if bytes[start..<start + pattern.count].elementsEqual(pattern) { return start }
            start -= 1
        }
        return nil
    }

    /// Where the first `word` at or after `start` starts.
    func firstIndex(of word: String, from start: Int) -> Int? {
        let pattern = Array(word.utf8)
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    /// The dictionary (`<< … >>`) of object `number`, found through the cross-reference table at `xref`.
    func dictionary(ofObject number: Int, generation: Int, xrefAt xref: Int) throws -> String {
        guard let offset = offset(ofObject: number, xrefAt: xref) else {
            throw RenderError.unexpectedPDF("object \(number) is not in the cross-reference table at byte \(xref)")
        }
        let header = "\(number) \(generation) obj"
        guard ascii(offset..<offset + header.utf8.count) == header, let end = firstIndex(of: "endobj", from: offset)
        else { throw RenderError.unexpectedPDF("object \(number) is not at byte \(offset)") }
        let dictionary = ascii(offset + header.utf8.count..<end).trimmingCharacters(in: .whitespacesAndNewlines)
        guard dictionary.hasPrefix("<<"), dictionary.hasSuffix(">>") else {
            throw RenderError.unexpectedPDF("object \(number) is not a dictionary")
        }
        return dictionary
    }

    /// The byte offset of object `number` in the classic cross-reference table at `xref`
    /// (`xref`, then subsections: a `first count` line and `count` entries of exactly 20 bytes).
    private func offset(ofObject number: Int, xrefAt xref: Int) -> Int? {
        guard xref >= 0, var line = nextLine(from: xref), ascii(xref..<line.end).trimmingCharacters(in: .whitespaces) == "xref"
        else { return nil }
        while let header = nextLine(from: line.next) {
            let fields = ascii(line.next..<header.end).split(separator: " ").compactMap { Int($0) }
            guard fields.count == 2 else { return nil }
            let (first, count) = (fields[0], fields[1])
            guard number >= first, number < first + count else {
                line = (header.end, header.next + count * Self.xrefEntryLength)
                continue
            }
            let entry = header.next + (number - first) * Self.xrefEntryLength
            guard entry + Self.xrefEntryLength <= bytes.count, bytes[entry + 17] == UInt8(ascii: "n") else { return nil }
            return Int(ascii(entry..<entry + 10))
        }
        return nil
    }

    /// Every cross-reference entry is 20 bytes: a 10-digit offset, a space, a 5-digit generation,
    /// a space, `n` or `f`, and a two-byte end of line.
    private static let xrefEntryLength = 20

    /// The line that starts at `start`: where it ends, and where the next one starts (after CR, LF or CR LF).
    private func nextLine(from start: Int) -> (end: Int, next: Int)? {
        guard start < bytes.count else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        var next = end
        if next < bytes.count, bytes[next] == 0x0D { next += 1 }
        if next < bytes.count, bytes[next] == 0x0A { next += 1 }
        return (end, next)
    }
}

import Foundation

/// The fallback fonts for scripts the Latin faces lack, read from the font folder's
/// `fallback-fonts.txt` (see docs/scripts-and-languages.md).
///
/// Each line names a script (an ISO 15924 code such as `Arab`, optionally with a language as in
/// `Arab-ur`) and its regular and bold font files, each optionally `#N` for face N of a collection.
/// `*` names fonts tried for any script, after the script's own. Paths are relative to the folder
/// unless absolute. Blank lines and lines starting with `#` are ignored. Files are checked to exist
/// here, and opened only when text needs them.
struct FontCatalogue: Sendable {
    /// The catalogue's name in the font folder.
    static let fileName = "fallback-fonts.txt"

    /// A font file: face `faceIndex` of the file at `path`.
    struct File: Hashable, Sendable {
        var path: String
        var faceIndex: Int
    }

    /// One line: the fonts for `script` (an ISO 15924 code, or `*`), for text in `language` if given.
    struct Entry: Sendable {
        var script: String
        var language: String?
        var regular: File
        var bold: File?
    }

    var entries: [Entry]

    /// An empty catalogue: only the Latin faces and DejaVu Sans.
    init() { entries = [] }

    /// Reads `fallback-fonts.txt` in `directory`, if there is one.
    init(directory: URL) throws {
        let url = directory.appendingPathComponent(Self.fileName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            entries = []
            return
        }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw TypesettingError.fontUnreadable(url.path) }
        entries = try Self.parse(text, directory: directory, name: url.path)
    }

    static func parse(_ text: String, directory: URL, name: String) throws -> [Entry] {
        var entries: [Entry] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let key = fields.first, !key.hasPrefix("#") else { continue }
            func fail(_ message: String) -> TypesettingError {
                .fontCatalogue(file: name, line: number + 1, message)
            }
            guard fields.count == 2 || fields.count == 3 else {
                throw fail("expected a script, a regular font file and optionally a bold one")
            }
            let keyParts = key.split(separator: "-", maxSplits: 1).map(String.init)
            let script = keyParts[0]
            guard script == "*" || (script.count == 4 && script.allSatisfy(\.isASCII) && script.allSatisfy(\.isLetter)) else {
                throw fail("'\(key)' is not an ISO 15924 script code such as Arab (or * for any script)")
            }
            let files = try fields.dropFirst().map { field in
                try file(field, directory: directory, fail: fail)
            }
            entries.append(Entry(
                script: script, language: keyParts.count > 1 ? keyParts[1].lowercased() : nil, regular: files[0],
                bold: files.count > 1 ? files[1] : nil))
        }
        return entries
    }

    private static func file(_ field: String, directory: URL, fail: (String) -> TypesettingError) throws -> File {
        var path = field
        var index = 0
        if let hash = field.lastIndex(of: "#") {
            guard let number = Int(field[field.index(after: hash)...]), number >= 0 else {
                throw fail("'\(field)': the face number after # must be a whole number")
            }
            index = number
            path = String(field[..<hash])
        }
        let resolved = path.hasPrefix("/") ? path : directory.appendingPathComponent(path).path
        guard FileManager.default.isReadableFile(atPath: resolved) else { throw fail("\(resolved): font file not found") }
        return File(path: resolved, faceIndex: index)
    }
}

import Document
import Foundation

/// One row of a batch manifest: where to write, and what to build.
public struct ManifestRow: Sendable {
    /// The row's line in the manifest file, for messages (never the patient's name).
    public var line: Int
    /// The output file name, relative to the output folder.
    public var output: String
    /// Column names and the row's values, in the same order. The rows of a CSV manifest share
    /// one array of names, and a value equal to the row above's shares its storage (a clinic's
    /// name on every row), so thousands of rows take little more than what is new in each.
    private let columns: [String]
    private let values: [String]

    public init(line: Int, output: String, fields: [String: String]) {
        self.line = line
        self.output = output
        columns = Array(fields.keys)
        values = columns.map { fields[$0]! }
    }

    init(line: Int, columns: [String], values: [String]) {
        self.line = line
        output = ""
        self.columns = columns
        self.values = values
    }

    /// The row's fields by column name.
    public var fields: [String: String] { Dictionary(zip(columns, values)) { $1 } }
}

/// A batch manifest: CSV with a header row, or JSON Lines (one object per line), read row by
/// row as it is needed, so a manifest of any length takes little memory.
///
/// Columns: `output` (a file name ending with the format's extension), `topics` (ids separated
/// by spaces or semicolons) and/or `collection`, optionally `format` (``OutputFormat``, default
/// pdf), `speaking-rate` (words a minute, for mp3), `layout`, `body-size`, `title`, `date`, `cover`, and any personal detail key
/// (patient.name, clinic.phone, …).
public struct Manifest: Sendable {
    public let url: URL
    /// The manifest's name, for messages.
    public let file: String

    /// Columns that are not personal details.
    public static let requestColumns = ["output", "format", "topics", "collection", "layout", "body-size", "speaking-rate", "title", "date", "cover"]

    /// The manifest at `url`, read as JSON Lines when it ends in .jsonl or .ndjson, else as CSV;
    /// `name` is how messages refer to it.
    public init(_ url: URL, name: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw HandoutError("\(name): file not found")
        }
        self.url = url
        file = name
    }

    /// Hands every row to `body` in file order, as it is read.
    public func forEachRow(_ body: (ManifestRow) throws -> Void) throws {
        let chunks = try TextChunks(url, name: file)
        do {
            if ["jsonl", "ndjson"].contains(url.pathExtension.lowercased()) {
                try Self.forEachJSONLinesRow(chunks, file: file, body)
            } else {
                try Self.forEachCSVRow(chunks.lazy.flatMap { $0 }, file: file, body)
            }
        } catch {
            throw chunks.error ?? error
        }
        if let error = chunks.error { throw error }
    }

    static func csvRows(_ text: String, file: String) throws -> [ManifestRow] {
        var rows: [ManifestRow] = []
        try forEachCSVRow(text, file: file) { rows.append($0) }
        return rows
    }

    static func forEachCSVRow(_ text: some Sequence<Character>, file: String, _ body: (ManifestRow) throws -> Void) throws {
        var columns: [String]?
        var above: [String] = []
        try CSVReader.forEachRecord(text, file: file) { record in
            guard let columns else {
                let header = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
                try checkColumns(header, file: file, line: record.line)
                columns = header
                return
            }
            guard record.fields.count == columns.count else {
                throw HandoutError("\(file):\(record.line): \(record.fields.count) fields, but the header has \(columns.count)")
            }
            let values = record.fields.enumerated().map { column, value in
                above.indices.contains(column) && above[column] == value ? above[column] : value
            }
            above = values
            try body(try withOutput(ManifestRow(line: record.line, columns: columns, values: values)))
        }
        guard columns != nil else { throw HandoutError("\(file): the manifest is empty") }
    }

    static func jsonLinesRows(_ text: String, file: String) throws -> [ManifestRow] {
        var rows: [ManifestRow] = []
        try forEachJSONLinesRow([text], file: file) { rows.append($0) }
        return rows
    }

    /// Reads JSON Lines from `pieces` of whole lines.
    static func forEachJSONLinesRow(_ pieces: some Sequence<String>, file: String, _ body: (ManifestRow) throws -> Void) throws {
        var index = -1
        for line in pieces.lazy.flatMap(Self.lines) {
            index += 1
            guard !line.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw HandoutError("\(file):\(index + 1): not a JSON object")
            }
            var fields: [String: String] = [:]
            for (key, value) in object {
                switch value {
                case let text as String: fields[key] = text
                case let number as NSNumber: fields[key] = number.stringValue
                case let list as [String] where key == "topics": fields[key] = list.joined(separator: " ")
                default: throw HandoutError("\(file):\(index + 1): '\(key)' must be text")
                }
            }
            try checkColumns(Array(fields.keys), file: file, line: index + 1)
            try body(try withOutput(ManifestRow(line: index + 1, output: "", fields: fields)))
        }
    }

    /// The lines of a piece of whole lines, split at each line feed byte.
    private static func lines(_ piece: String) -> [Substring] {
        var lines = piece.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if piece.utf8.last == UInt8(ascii: "\n") { lines.removeLast() }
        return lines.map { Substring($0) }
    }

    private static func checkColumns(_ columns: [String], file: String, line: Int) throws {
        for column in columns where !requestColumns.contains(column) && !PersonalDetails.knownKeys.contains(column) {
            let known = (requestColumns + PersonalDetails.knownKeys).joined(separator: ", ")
            throw HandoutError("\(file):\(line): unknown column '\(column)'; known columns are \(known)")
        }
        guard columns.contains("output") else { throw HandoutError("\(file):\(line): the 'output' column is missing") }
    }

    private static func withOutput(_ row: ManifestRow) throws -> ManifestRow {
        var row = row
        row.output = row.fields["output"]?.trimmingCharacters(in: .whitespaces) ?? ""
        return row
    }
}

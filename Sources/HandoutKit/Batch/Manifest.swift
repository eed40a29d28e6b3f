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
    /// Why the row could not be read (a stray quote, a wrong number of fields, a value of the
    /// wrong type), naming the rule, never a value; nil for a row that was read. A batch reports
    /// such a row by its line and builds the others.
    public var problem: String?

    public init(line: Int, output: String, fields: [String: String]) {
        self.line = line
        self.output = output
        columns = Array(fields.keys)
        values = columns.map { fields[$0]! }
    }

    /// A row that could not be read, and why.
    init(line: Int, problem: String) {
        self.init(line: line, columns: [], values: [])
        self.problem = problem
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
/// Columns: the fields ``RequestField`` names for ``RequestFrontEnd/manifest`` (docs/request-fields.md)
/// and any personal detail key (patient.name, clinic.phone, …).
public struct Manifest: Sendable {
    public let url: URL
    /// The manifest's name, for messages.
    public let file: String

    /// Columns that are not personal details (see ``RequestField``).
    public static let requestColumns = RequestField.allCases.filter { $0 != .details }.compactMap { $0.name(in: .manifest) }

    /// The manifest at `url`, read as JSON Lines when it ends in .jsonl or .ndjson, else as CSV;
    /// `name` is how messages refer to it.
    /// It must be a regular file (or a link to one): a batch reads it twice, first for output
    /// names used more than once, so a pipe or a device would give its rows to the first pass only.
    public init(_ url: URL, name: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw HandoutError("\(name): file not found")
        }
        var status = stat()
        guard stat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw HandoutError("\(name): not a regular file; a manifest is read twice, so save it to a file first")
        }
        self.url = url
        file = name
    }

    /// Hands every row to `body` in file order, as it is read. Only a manifest that cannot be
    /// read at all (no header, an unknown column) is an error; a row that cannot be read is handed
    /// on as a row with a ``ManifestRow/problem``.
    public func forEachRow(_ body: (ManifestRow) throws -> Void) throws {
        let chunks = try LineChunks(url, name: file)
        do {
            if ["jsonl", "ndjson"].contains(url.pathExtension.lowercased()) {
                try Self.forEachJSONLinesRow(chunks, file: file, body)
            } else {
                try Self.forEachCSVRow(chunks, file: file, body)
            }
        } catch {
            throw chunks.error ?? error
        }
        if let error = chunks.error { throw error }
    }

    static func csvRows(_ bytes: [UInt8], file: String) throws -> [ManifestRow] {
        var rows: [ManifestRow] = []
        try forEachCSVRow([Data(bytes)], file: file) { rows.append($0) }
        return rows
    }

    static func forEachCSVRow(_ pieces: some Sequence<Data>, file: String, _ body: (ManifestRow) throws -> Void) throws {
        var columns: [String]?
        var above: [String] = []
        try CSVReader.forEachRecord(pieces) { result in
            guard let columns else {
                let record = try result.mapError { HandoutError("\(file):\($0.line): the header row: \($0.reason)") }.get()
                let header = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
                try checkColumns(header, file: file, line: record.line)
                columns = header
                return
            }
            switch result {
            case let .failure(problem):
                try body(ManifestRow(line: problem.line, problem: problem.reason))
            case let .success(record) where record.fields.count != columns.count:
                try body(ManifestRow(line: record.line, problem: "\(record.fields.count) fields, but the header has \(columns.count)"))
            case let .success(record):
                let values = record.fields.enumerated().map { column, value in
                    above.indices.contains(column) && above[column] == value ? above[column] : value
                }
                above = values
                try body(withOutput(ManifestRow(line: record.line, columns: columns, values: values)))
            }
        }
        guard columns != nil else { throw HandoutError("\(file): the manifest is empty") }
    }

    static func jsonLinesRows(_ bytes: [UInt8], file: String) throws -> [ManifestRow] {
        var rows: [ManifestRow] = []
        try forEachJSONLinesRow([Data(bytes)], file: file) { rows.append($0) }
        return rows
    }

    /// Reads JSON Lines from `pieces` of whole lines: one object per line, LF, CRLF or CR line
    /// ends, blank lines skipped.
    static func forEachJSONLinesRow(_ pieces: some Sequence<Data>, file: String, _ body: (ManifestRow) throws -> Void) throws {
        var index = -1
        for piece in pieces {
            for text in lines(of: piece) {
                index += 1
                guard text.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { continue }
                do {
                    try body(withOutput(ManifestRow(line: index + 1, output: "", fields: try jsonFields(text))))
                } catch let problem as RowProblem {
                    try body(ManifestRow(line: index + 1, problem: problem.reason))
                }
            }
        }
    }

    /// The lines of `piece` without their ends: a line feed, a carriage return, or the two together
    /// count as one end (JSON text holds neither raw, so neither can be inside an object). A piece
    /// of ``LineChunks`` never splits a CRLF pair, so no line is split across pieces.
    private static func lines(of piece: Data) -> [Data.SubSequence] {
        let (newline, carriageReturn) = (UInt8(ascii: "\n"), UInt8(ascii: "\r"))
        var lines: [Data.SubSequence] = []
        var start = piece.startIndex
        var index = piece.startIndex
        while index < piece.endIndex {
            let byte = piece[index]
            guard byte == newline || byte == carriageReturn else {
                index += 1
                continue
            }
            lines.append(piece[start..<index])
            index += 1
            if byte == carriageReturn, index < piece.endIndex, piece[index] == newline { index += 1 }
            start = index
        }
        if start < piece.endIndex { lines.append(piece[start..<piece.endIndex]) }
        return lines
    }

    /// The fields of one JSON Lines object, as text (``RequestValue``): numbers written out, `cover`
    /// as yes or no, `topics` also as a list of ids, null as absent. Problems name the rule, not the value.
    private static func jsonFields(_ line: Data) throws -> [String: String] {
        func problem(_ reason: String) -> RowProblem { RowProblem(reason: reason) }
        guard String(validating: line, as: UTF8.self) != nil else { throw problem("not valid UTF-8 text") }
        guard let object = try? JSONDecoder().decode([String: RequestValue].self, from: Data(line)) else {
            throw problem(
                (try? JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])) == nil
                    ? "not valid JSON" : "not a JSON object of text values (\"key\": \"value\")")
        }
        let source = RequestSource(.manifest)
        guard object.keys.allSatisfy({ requestColumns.contains($0) || PersonalDetails.knownKeys.contains($0) }) else {
            throw problem(HandoutRequestBuilder(source).unknownField().message)
        }
        var fields: [String: String] = [:]
        for (key, value) in object.sorted(by: { $0.key < $1.key }) {
            let field = RequestField(named: key, in: .manifest)
            guard let text = value.text(for: field, in: .manifest) else {
                throw problem(field.map { source.failure($0).message } ?? "'\(key)': expected text")
            }
            fields[key] = text
        }
        guard fields["output"] != nil else { throw problem("the 'output' key is missing") }
        return fields
    }

    private static func checkColumns(_ columns: [String], file: String, line: Int) throws {
        for (index, column) in columns.enumerated() where !requestColumns.contains(column) && !PersonalDetails.knownKeys.contains(column) {
            let known = (requestColumns + PersonalDetails.knownKeys).joined(separator: ", ")
            // Named by its place: a header cell may hold a patient's name (a header row left out).
            throw HandoutError("\(file):\(line): column \(index + 1) of the header is not a known column; known columns are \(known)")
        }
        guard columns.contains("output") else { throw HandoutError("\(file):\(line): the 'output' column is missing") }
    }

    private static func withOutput(_ row: ManifestRow) -> ManifestRow {
        var row = row
        row.output = row.fields["output"]?.trimmingCharacters(in: .whitespaces) ?? ""
        return row
    }
}

/// Why one row of a JSON Lines manifest cannot be read.
private struct RowProblem: Error {
    var reason: String
}

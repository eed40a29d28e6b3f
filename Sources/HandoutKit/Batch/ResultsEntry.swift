import Foundation

/// One line of a results manifest (`results-K-of-N.jsonl`): what became of one manifest row.
public struct ResultsEntry: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable {
        /// The PDF was written by this run.
        case built
        /// `--resume` kept the PDF an earlier run built from the same inputs.
        case skipped
        /// The row could not be built; `error` says why.
        case failed
    }

    /// The row's line in the manifest.
    public var line: Int
    public var output: String
    public var status: Status
    /// The PDF's SHA-256 in hex, its pages and its size (built and skipped rows).
    public var sha256: String?
    public var pages: Int?
    public var bytes: Int?
    /// Why the row failed: the rule it broke, never a value from the row.
    public var error: String?
    /// The SHA-256 of the row's fields, the content, the layout, the date and the tool's version.
    public var input: String?

    public init(
        line: Int, output: String, status: Status, sha256: String? = nil, pages: Int? = nil, bytes: Int? = nil,
        error: String? = nil, input: String? = nil
    ) {
        self.line = line
        self.output = output
        self.status = status
        self.sha256 = sha256
        self.pages = pages
        self.bytes = bytes
        self.error = error
        self.input = input
    }

    /// Whether the row's PDF is there: built now or kept from before.
    public var isBuilt: Bool { status != .failed }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// The entry as one line of JSON, line feed included.
    public func jsonLine() throws -> Data {
        var data = try Self.encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// The entry a line of a results manifest holds; nil for a line that is not one (such as
    /// the torn last line of a file whose disk filled up).
    public init?(jsonLine: some StringProtocol) {
        guard let entry = try? JSONDecoder().decode(Self.self, from: Data(jsonLine.utf8)) else { return nil }
        self = entry
    }
}

extension ResultsEntry {
    /// Hands each entry of the results manifest at `url` to `body`, in the order they were
    /// written, skipping lines that are not entries. A missing file has no entries.
    static func forEach(in url: URL, _ body: (ResultsEntry) throws -> Void) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let chunks = try TextChunks(url, name: url.lastPathComponent)
        for piece in chunks {
            for line in piece.split(whereSeparator: \.isNewline) {
                if let entry = ResultsEntry(jsonLine: line) { try body(entry) }
            }
        }
        if let error = chunks.error { throw error }
    }
}

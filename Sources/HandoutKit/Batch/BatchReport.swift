import Foundation

/// The state of a whole batch, from the manifest and every shard's results manifest in the
/// output folder: which rows are built, which failed and which are missing (never tried, or
/// tried by a run that was killed, or built but since deleted).
///
/// A row's outcome is its latest entry: entries are read file by file, the least recently
/// modified file first, each in the order it was written. A built row counts only while its
/// PDF is in the folder. Memory stays small: one fingerprint per row.
public struct BatchReport: Sendable {
    public private(set) var rows = 0
    public private(set) var built = 0
    /// Lines of failed rows, in manifest order.
    public private(set) var failedLines: [Int] = []
    /// Lines of rows with no PDF and no failure on record, in manifest order.
    public private(set) var missingLines: [Int] = []
    /// The results manifests read.
    public private(set) var resultsFiles: [URL] = []

    /// Whether every row is built.
    public var isComplete: Bool { failedLines.isEmpty && missingLines.isEmpty }

    private enum Outcome: UInt32 {
        case none = 0, failed, built
    }

    /// Reads `manifest` twice (once to learn its rows, once to report them in order) and every
    /// `results.jsonl` and `results-K-of-N.jsonl` in `outputFolder`.
    public init(manifest: Manifest, outputFolder: URL) throws {
        var outcomes = FingerprintTable()
        try manifest.forEachRow { outcomes.insert(Self.key($0.line, $0.output), value: Outcome.none.rawValue) }
        resultsFiles = try Self.resultsFiles(in: outputFolder)
        for file in resultsFiles {
            try ResultsEntry.forEach(in: file) { entry in
                let key = Self.key(entry.line, entry.output)
                guard outcomes.value(for: key) != nil else { return }  // not a row of this manifest
                outcomes.set(key, value: (entry.isBuilt ? Outcome.built : .failed).rawValue)
            }
        }
        try manifest.forEachRow { row in
            rows += 1
            switch outcomes.value(for: Self.key(row.line, row.output)).flatMap(Outcome.init) ?? Outcome.none {
            case .built where FileManager.default.fileExists(atPath: outputFolder.appendingPathComponent(row.output).path):
                built += 1
            case .failed: failedLines.append(row.line)
            default: missingLines.append(row.line)
            }
        }
    }

    private static func key(_ line: Int, _ output: String) -> UInt64 { Fingerprint.of(String(line), output) }

    /// The results manifests in `folder`, least recently modified first. The folder is read
    /// entry by entry, since it may hold a million PDFs.
    static func resultsFiles(in folder: URL) throws -> [URL] {
        guard let directory = opendir(folder.path) else { throw HandoutError("\(folder.path): no such folder") }
        defer { closedir(directory) }
        var found: [(url: URL, modified: Date)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard isResultsFileName(name) else { continue }
            let url = folder.appendingPathComponent(name)
            let modified = (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
            found.append((url, modified))
        }
        return found.sorted { ($0.modified, $0.url.path) < ($1.modified, $1.url.path) }.map(\.url)
    }

    /// `results.jsonl`, or `results-K-of-N.jsonl` for a valid shard K of N.
    static func isResultsFileName(_ name: String) -> Bool {
        if name == BatchShard.resultsFileName(for: nil) { return true }
        guard name.hasPrefix("results-"), name.hasSuffix(".jsonl") else { return false }
        let parts = name.dropFirst("results-".count).dropLast(".jsonl".count).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1] == "of", let shard = BatchShard("\(parts[0])/\(parts[2])") else { return false }
        return name == BatchShard.resultsFileName(for: shard)
    }
}

extension Array where Element == Int {
    /// Sorted numbers written with runs as ranges: "3, 7-9, 12".
    public var rangesDescription: String {
        var parts: [String] = []
        var index = startIndex
        while index < endIndex {
            var end = index
            while end + 1 < endIndex, self[end + 1] == self[end] + 1 { end += 1 }
            parts.append(end == index ? "\(self[index])" : "\(self[index])-\(self[end])")
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }
}

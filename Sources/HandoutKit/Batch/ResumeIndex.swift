import Foundation

/// What `--resume` needs to know of earlier runs: which (row line, input hash, PDF SHA-256)
/// were built, and the page count of each. A row is kept when its PDF on disk still has the
/// SHA-256 recorded with the row's current input hash. Held as fingerprints, 12 bytes or so a
/// row, however many rows the results manifest names.
struct ResumeIndex {
    private var built = FingerprintTable()

    /// Reads the `built` entries of the results manifest at `url` (none when it is missing).
    init(resultsAt url: URL) throws {
        try ResultsEntry.forEach(in: url) { entry in
            guard entry.status == .built, let input = entry.input, let sha256 = entry.sha256 else { return }
            built.insert(Self.key(line: entry.line, input: input, sha256: sha256), value: UInt32(clamping: entry.pages ?? 0))
        }
    }

    /// How many builds are on record.
    var count: Int { built.count }

    /// The page count recorded for the build of the row at `line` from `input` that wrote a PDF
    /// whose SHA-256 is `sha256`; nil when no such build is on record.
    func pages(line: Int, input: String, sha256: String) -> Int? {
        built.value(for: Self.key(line: line, input: input, sha256: sha256)).map(Int.init)
    }

    private static func key(line: Int, input: String, sha256: String) -> UInt64 {
        Fingerprint.of(String(line), input, sha256)
    }
}

import CMalloc

/// The output names a manifest gives to more than one row, and the line that used each first.
///
/// A first pass over the manifest keeps one 64-bit fingerprint a row (``Fingerprint``, of the
/// name's bytes) in 64 buckets, sorts each and keeps the fingerprints found twice or more; then
/// it lets go of the rest. While the rows are built, only those repeated names are remembered. A
/// million-row manifest so takes about 8 MB for a moment before the first leaflet, where a table
/// of every name would hold 15 to 23 MB through the whole run.
struct RepeatedOutputs {
    private static let bucketBits = 6
    private let repeated: Set<UInt64>
    private var firstLines: [UInt64: Int] = [:]

    /// Reads `manifest` once for its output names. `shouldStop` is asked between rows.
    init(of manifest: Manifest, shouldStop: () -> Bool) throws {
        var buckets = [[UInt64]](repeating: [], count: 1 << Self.bucketBits)
        try manifest.forEachRow { row in
            if shouldStop() { throw BatchStopped() }
            guard row.problem == nil else { return }
            let fingerprint = Fingerprint.of(row.output)
            buckets[Int(fingerprint >> (64 - Self.bucketBits))].append(fingerprint)
        }
        var repeated = Set<UInt64>()
        for index in buckets.indices {
            var bucket = buckets[index]
            buckets[index] = []
            bucket.sort()
            for (earlier, later) in zip(bucket, bucket.dropFirst()) where earlier == later { repeated.insert(later) }
        }
        self.repeated = repeated
        // The buckets were freed on the reading thread, whose malloc arena the workers do not
        // use: hand their pages back (8 MB at a million rows) rather than keep them all run.
        malloc_trim(0)
    }

    /// The line that first used `row`'s output name, when an earlier row did; rows must come in
    /// manifest order. A row that could not be read shares its name with no other.
    mutating func earlierLine(for row: ManifestRow) -> Int? {
        guard row.problem == nil, !repeated.isEmpty else { return nil }
        let fingerprint = Fingerprint.of(row.output)
        guard repeated.contains(fingerprint) else { return nil }
        if let first = firstLines[fingerprint] { return first }
        firstLines[fingerprint] = row.line
        return nil
    }
}

/// A compact hash table from 64-bit fingerprints to 32-bit numbers, for facts about every row
/// of a manifest of any length (which builds are on record; each row's outcome in a report) in
/// 12 bytes a slot, where a Dictionary of strings would take a hundred or more.
///
/// The table is 64 segments, chosen by a fingerprint's top six bits, each growing on its own:
/// a growing segment holds its old and new slots at once, so growth costs a 64th of the table
/// rather than doubling a million-row run's peak memory.
struct FingerprintTable {
    fileprivate static let segmentBits = 6
    private var segments: [FingerprintSegment]

    init(capacity: Int = 1024) {
        let perSegment = capacity >> Self.segmentBits
        segments = Array(repeating: FingerprintSegment(capacity: perSegment), count: 1 << Self.segmentBits)
    }

    /// How many fingerprints are kept.
    var count: Int { segments.reduce(0) { $0 + $1.count } }

    /// The bytes the table's slots take.
    var memoryBytes: Int { segments.reduce(0) { $0 + $1.memoryBytes } }

    /// The value kept for `fingerprint`, if any.
    func value(for fingerprint: UInt64) -> UInt32? {
        let key = Self.nonZero(fingerprint)
        return segments[Self.segment(of: key)].value(for: key)
    }

    /// Keeps `value` for `fingerprint` unless one is kept already; returns the value that was
    /// there before, or nil when this one was added.
    @discardableResult
    mutating func insert(_ fingerprint: UInt64, value: UInt32) -> UInt32? {
        let key = Self.nonZero(fingerprint)
        return segments[Self.segment(of: key)].insert(key, value: value)
    }

    /// Keeps `value` for `fingerprint`, in place of any value kept before.
    mutating func set(_ fingerprint: UInt64, value: UInt32) {
        let key = Self.nonZero(fingerprint)
        segments[Self.segment(of: key)].set(key, value: value)
    }

    private static func segment(of key: UInt64) -> Int { Int(key >> (64 - segmentBits)) }

    private static func nonZero(_ fingerprint: UInt64) -> UInt64 { fingerprint == 0 ? 1 : fingerprint }
}

/// One segment of a ``FingerprintTable``: open addressing with linear probing, where the key 0
/// marks an empty slot. It grows by half when four fifths are full, so it keeps between 1.25 and
/// about 1.9 slots a fingerprint.
private struct FingerprintSegment {
    private var keys: [UInt64]
    private var values: [UInt32]
    private(set) var count = 0

    init(capacity: Int) {
        keys = Array(repeating: 0, count: max(capacity, 8))
        values = Array(repeating: 0, count: max(capacity, 8))
    }

    var memoryBytes: Int { keys.count * (MemoryLayout<UInt64>.size + MemoryLayout<UInt32>.size) }

    func value(for key: UInt64) -> UInt32? {
        slot(of: key).map { values[$0] }
    }

    mutating func insert(_ key: UInt64, value: UInt32) -> UInt32? {
        if let slot = slot(of: key) { return values[slot] }
        if (count + 1) * 5 > keys.count * 4 { grow() }
        var slot = Self.slot(for: key, in: keys.count)
        while keys[slot] != 0 { slot = slot + 1 == keys.count ? 0 : slot + 1 }
        keys[slot] = key
        values[slot] = value
        count += 1
        return nil
    }

    mutating func set(_ key: UInt64, value: UInt32) {
        if insert(key, value: value) != nil { values[slot(of: key)!] = value }
    }

    private func slot(of key: UInt64) -> Int? {
        var slot = Self.slot(for: key, in: keys.count)
        while keys[slot] != 0 {
            if keys[slot] == key { return slot }
            slot = slot + 1 == keys.count ? 0 : slot + 1
        }
        return nil
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        let capacity = oldKeys.count + oldKeys.count / 2
        keys = []
        values = []
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: 0, count: capacity)
        for (key, value) in zip(oldKeys, oldValues) where key != 0 {
            var slot = Self.slot(for: key, in: capacity)
            while keys[slot] != 0 { slot = slot + 1 == capacity ? 0 : slot + 1 }
            keys[slot] = key
            values[slot] = value
        }
    }

    /// The segment's key bits below the six that chose it pick a slot in a segment of any size.
    private static func slot(for key: UInt64, in capacity: Int) -> Int {
        Int((key << FingerprintTable.segmentBits).multipliedFullWidth(by: UInt64(capacity)).high)
    }
}

/// 64-bit fingerprints of byte strings (SipHash, seeded per process): for tables that live
/// only as long as one run. Bytes, not `String` equality: two spellings of "é" are two files.
enum Fingerprint {
    static func of(_ parts: String...) -> UInt64 {
        var hasher = Hasher()
        for part in parts {
            var part = part
            part.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(0xFF as UInt8)  // never inside UTF-8: parts cannot run together
        }
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }
}

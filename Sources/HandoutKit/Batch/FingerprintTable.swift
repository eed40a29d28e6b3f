/// A compact hash table from 64-bit fingerprints to 32-bit numbers, for facts about every row
/// of a manifest of any length (which line first used an output name; which builds are on
/// record) in 12 bytes a slot, where a Dictionary of strings would take a hundred or more.
///
/// Open addressing with linear probing; the fingerprint 0 marks an empty slot. It grows by
/// half when four fifths are full, so it is never more than a third larger than needed.
struct FingerprintTable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private(set) var count = 0

    init(capacity: Int = 1024) {
        keys = Array(repeating: 0, count: max(capacity, 8))
        values = Array(repeating: 0, count: max(capacity, 8))
    }

    /// The bytes the table's slots take.
    var memoryBytes: Int { keys.count * (MemoryLayout<UInt64>.size + MemoryLayout<UInt32>.size) }

    /// The value kept for `fingerprint`, if any.
    func value(for fingerprint: UInt64) -> UInt32? {
        slot(of: Self.nonZero(fingerprint)).map { values[$0] }
    }

    /// Keeps `value` for `fingerprint` unless one is kept already; returns the value that was
    /// there before, or nil when this one was added.
    @discardableResult
    mutating func insert(_ fingerprint: UInt64, value: UInt32) -> UInt32? {
        if (count + 1) * 5 > keys.count * 4 { grow() }
        let key = Self.nonZero(fingerprint)
        if let slot = slot(of: key) { return values[slot] }
        var slot = Self.slot(for: key, in: keys.count)
        while keys[slot] != 0 { slot = slot + 1 == keys.count ? 0 : slot + 1 }
        keys[slot] = key
        values[slot] = value
        count += 1
        return nil
    }

    /// Keeps `value` for `fingerprint`, in place of any value kept before.
    mutating func set(_ fingerprint: UInt64, value: UInt32) {
        if insert(fingerprint, value: value) != nil { values[slot(of: Self.nonZero(fingerprint))!] = value }
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

    /// Fingerprints are uniform, so their high bits pick a slot in a table of any size.
    private static func slot(for key: UInt64, in capacity: Int) -> Int {
        Int(key.multipliedFullWidth(by: UInt64(capacity)).high)
    }

    private static func nonZero(_ fingerprint: UInt64) -> UInt64 { fingerprint == 0 ? 1 : fingerprint }
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

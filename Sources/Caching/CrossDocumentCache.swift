/// A memo of work that documents have in common (a topic's paragraphs, its shaped words), which
/// forgets what only one document used (a patient's name) two documents later.
///
/// An entry made while setting a document is held for that document and the next one; if the
/// next one uses it too, it is kept for good. So a batch holds what its handouts share plus two
/// handouts' worth of one-off entries, and its memory stops growing after the second handout.
/// Should even the kept entries pass `limit` (thousands of different layouts and sizes in one
/// long-running server), they are dropped and kept again as they are used.
///
/// Not thread-safe, like the typesetting caches that use it.
public struct CrossDocumentCache<Key: Hashable, Value> {
    public let limit: Int
    private var kept: [Key: Value] = [:]
    private var current: [Key: Value] = [:]
    private var previous: [Key: Value] = [:]

    /// A cache that keeps at most `limit` entries for good.
    public init(limit: Int) {
        self.limit = limit
    }

    /// The number of entries held.
    public var count: Int { kept.count + current.count + previous.count }

    /// The number of entries kept for good.
    public var keptCount: Int { kept.count }

    /// The value stored for `key`, if it is still held.
    public mutating func value(for key: Key) -> Value? {
        if let value = kept[key] ?? current[key] { return value }
        guard let value = previous.removeValue(forKey: key) else { return nil }
        if kept.count >= limit { kept.removeAll(keepingCapacity: true) }
        kept[key] = value
        return value
    }

    /// Stores `value` for `key`, made for the current document.
    public mutating func insert(_ value: Value, for key: Key) {
        current[key] = value
    }

    /// Takes over every entry `other` holds, as made for the current document (entries this
    /// cache has already win).
    public mutating func adopt(_ other: CrossDocumentCache) {
        for generation in [other.kept, other.current, other.previous] {
            current.merge(generation) { mine, _ in mine }
        }
    }

    /// Starts a new document: entries the last one made are held one document more.
    public mutating func startDocument() {
        previous = current
        current = [:]
    }
}

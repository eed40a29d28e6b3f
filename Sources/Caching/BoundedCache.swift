/// A memo that never holds more than `limit` entries, keeping the ones in use.
///
/// Entries live in two generations. New entries go into the young one; when it is full (half the
/// limit) it becomes the old one and the old one is dropped. An entry found in the old generation
/// moves back into the young one, so what every document uses (a topic's paragraphs, its common
/// words) stays, while one-off entries (a patient's name) age out after a while. Memory stays
/// flat however long a batch runs, without the cost of tracking recency on every lookup.
///
/// Not thread-safe, like the typesetting caches that use it.
public struct BoundedCache<Key: Hashable, Value> {
    public let limit: Int
    private var young: [Key: Value] = [:]
    private var old: [Key: Value] = [:]

    /// A cache of at most `limit` entries (at least 2).
    public init(limit: Int) {
        self.limit = max(limit, 2)
    }

    /// The number of entries held.
    public var count: Int { young.count + old.count }

    /// The value stored for `key`, if it is still held.
    public mutating func value(for key: Key) -> Value? {
        if let value = young[key] { return value }
        guard let value = old.removeValue(forKey: key) else { return nil }
        insert(value, for: key)
        return value
    }

    /// Stores `value` for `key`, dropping the old generation first if the young one is full.
    public mutating func insert(_ value: Value, for key: Key) {
        if young.count >= limit / 2 {
            old = young
            young = [:]
        }
        young[key] = value
    }
}

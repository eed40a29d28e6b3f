import Caching
import Testing

@Suite struct BoundedCacheTests {
    @Test func itNeverHoldsMoreThanItsLimit() {
        var cache = BoundedCache<Int, String>(limit: 10)
        for key in 0..<1_000 {
            cache.insert(String(key), for: key)
            #expect(cache.count <= 10)
        }
        #expect(cache.value(for: 999) == "999")
        #expect(cache.value(for: 0) == nil)
    }

    @Test func entriesInUseSurviveWhileOneOffsAgeOut() {
        var cache = BoundedCache<String, Int>(limit: 8)
        cache.insert(1, for: "heading")
        for row in 0..<100 {
            #expect(cache.value(for: "heading") == 1, "row \(row)")
            cache.insert(row, for: "name \(row)")
        }
        #expect(cache.value(for: "name 99") == 99)
        #expect(cache.value(for: "name 0") == nil)
    }
}

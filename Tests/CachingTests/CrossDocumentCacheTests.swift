import Caching
import Testing

@Suite struct CrossDocumentCacheTests {
    /// Each document uses the same 50 words and one name of its own.
    func run(documents: Int, on cache: inout CrossDocumentCache<String, Int>) -> (made: Int, held: [Int]) {
        var made = 0
        var held: [Int] = []
        for document in 0..<documents {
            cache.startDocument()
            for key in (0..<50).map({ "word \($0)" }) + ["name \(document)"] where cache.value(for: key) == nil {
                cache.insert(0, for: key)
                made += 1
            }
            held.append(cache.count)
        }
        return (made, held)
    }

    @Test func sharedEntriesAreMadeOnceAndOneOffsAreForgotten() {
        var cache = CrossDocumentCache<String, Int>(limit: 1_000)
        let (made, held) = run(documents: 500, on: &cache)
        #expect(made == 50 + 500, "each shared word once, each name once")
        #expect(cache.keptCount == 50)
        #expect(Set(held.dropFirst(2)) == [52], "the shared words and two documents' names, from the third document on")
        #expect(cache.value(for: "name 0") == nil)
    }

    @Test func adoptedEntriesCountAsMadeForTheCurrentDocument() {
        var cache = CrossDocumentCache<String, Int>(limit: 100)
        var other = CrossDocumentCache<String, Int>(limit: 100)
        cache.insert(1, for: "mine")
        other.insert(2, for: "theirs")
        other.insert(3, for: "mine")
        cache.adopt(other)
        #expect(cache.value(for: "theirs") == 2)
        #expect(cache.value(for: "mine") == 1, "what the cache had already wins")
        cache.startDocument()
        cache.startDocument()
        cache.startDocument()
        #expect(cache.value(for: "theirs") == nil, "unused by later documents, it is forgotten like any other")
    }

    @Test func keptEntriesNeverPassTheLimit() {
        var cache = CrossDocumentCache<String, Int>(limit: 20)
        let (made, _) = run(documents: 10, on: &cache)
        #expect(cache.keptCount <= 20)
        #expect(made > 60, "with too small a limit, shared words are made again")
    }
}

/// Cache keys of text compare exact scalars, not canonical equivalence.
@Suite struct ExactTextTests {
    @Test func canonicallyEquivalentTextsAreDifferentKeys() {
        let precomposed = "caf\u{E9}", decomposed = "cafe\u{301}"
        #expect(precomposed == decomposed, "Swift's String says they are equal")
        #expect(ExactText(precomposed) != ExactText(decomposed))
        var cache = CrossDocumentCache<ExactText, Int>(limit: 10)
        cache.insert(precomposed.utf8.count, for: ExactText(precomposed))
        #expect(cache.value(for: ExactText(decomposed)) == nil)
        #expect(cache.value(for: ExactText("caf\u{E9}")) == 5)
        #expect(Set([ExactText(precomposed), ExactText(decomposed), ExactText(precomposed)]).count == 2)
    }

    /// Long texts (stored out of line) are compared by their bytes, whether or not they share storage.
    @Test func textsCompareByTheirBytesWhereverTheyAreStored() {
        let sentence = "The liver filters the blood coming from the digestive tract before it reaches the rest of the body."
        let rebuilt = sentence.split(separator: " ").joined(separator: " ")
        let oneLetterOther = String(sentence.dropLast()) + "!"
        #expect(ExactText(sentence) == ExactText(sentence))
        #expect(ExactText(sentence) == ExactText(rebuilt))
        #expect(ExactText(sentence) != ExactText(oneLetterOther))
        #expect(ExactText(sentence) != ExactText(String(sentence.dropLast())))
        #expect(ExactText(String(sentence.prefix(5))) == ExactText("The l"))
        #expect(ExactText("") == ExactText(String(sentence.prefix(0))))
    }
}

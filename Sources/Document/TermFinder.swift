/// Finds whole-word uses of glossary terms in text, in one pass over the text whatever the
/// number of terms.
///
/// A use is a term (or one of its other forms) with no letter or digit touching its start, and
/// either a word end after it or a plural ending ("s", "es") and then a word end. Abbreviations
/// match exactly; other terms in any case. Forms are filed by a hash of their first word, so
/// each word of the text is compared with only the forms that start with it. It works on
/// Unicode scalars with an ASCII fast path: it runs for every handout built.
struct TermFinder {
    /// One way of writing a term, as scalars to compare.
    private struct Form {
        var scalars: [Unicode.Scalar]
        var entry: Int
        var caseSensitive: Bool
    }

    /// A use found: Unicode scalar offsets into the text and the index of its entry.
    struct Use {
        var range: Range<Int>
        var entry: Int
    }

    /// Forms by the hash of their first word in lower case.
    private var forms: [UInt64: [Form]] = [:]

    init(_ entries: [GlossaryEntry]) {
        for (index, entry) in entries.enumerated() {
            for form in [entry.term] + entry.also {
                let exact = Array(form.unicodeScalars)
                let lower = exact.map(Self.lowercased)
                guard let first = lower.first, Self.isWordScalar(first) else { continue }
                let key = Self.hash(lower.prefix(while: Self.isWordScalar))
                forms[key, default: []].append(Form(scalars: entry.isAbbreviation ? exact : lower, entry: index, caseSensitive: entry.isAbbreviation))
            }
        }
    }

    /// Every use in `text`, by start and then longest first. Uses may overlap ("bile duct" and "bile").
    func uses(in text: String) -> [Use] {
        let exact = Array(text.unicodeScalars)
        let lower = exact.map(Self.lowercased)
        var uses: [Use] = []
        var start = 0
        while start < exact.count {
            guard Self.isWordScalar(exact[start]) else {
                start += 1
                continue
            }
            var end = start
            while end < exact.count, Self.isWordScalar(exact[end]) { end += 1 }
            let word = lower[start..<end]
            // The word as it is, and without a plural ending, since "TACEs" is a use of TACE.
            var keys = [Self.hash(word)]
            if word.last == "s", word.count > 1 { keys.append(Self.hash(word.dropLast())) }
            if word.suffix(2).elementsEqual(["e", "s"]), word.count > 2 { keys.append(Self.hash(word.dropLast(2))) }
            for key in keys {
                for form in forms[key] ?? [] {
                    if let length = matchLength(form, in: form.caseSensitive ? exact : lower, original: exact, at: start) {
                        uses.append(Use(range: start..<start + length, entry: form.entry))
                    }
                }
            }
            start = end
        }
        return uses.sorted { ($0.range.lowerBound, $1.range.upperBound) < ($1.range.lowerBound, $0.range.upperBound) }
    }

    /// The length of the use of `form` at `start`, plural ending included, or nil if there is none.
    private func matchLength(_ form: Form, in scalars: [Unicode.Scalar], original: [Unicode.Scalar], at start: Int) -> Int? {
        let end = start + form.scalars.count
        guard end <= scalars.count, scalars[start..<end].elementsEqual(form.scalars) else { return nil }
        for ending: [Unicode.Scalar] in [[], ["s"], ["e", "s"]] {
            let after = end + ending.count
            guard after <= original.count, original[end..<after].elementsEqual(ending) else { continue }
            if after == original.count || !Self.isWordScalar(original[after]) { return after - start }
        }
        return nil
    }

    /// Letters and digits make words; everything else (spaces, punctuation, quotes) ends them.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// A scalar in lower case (itself when lower-casing would make it more than one).
    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        if lower.count == 1, let single = lower.first { return single }
        return scalar
    }

    /// FNV-1a over the scalars: a cheap key that needs no string. Collisions only cost a comparison.
    private static func hash<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars {
            hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

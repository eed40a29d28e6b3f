/// Text as a cache key: equal only when the Unicode scalars are the same, one for one.
///
/// Swift's `String ==` compares canonical equivalence, so "\u{E9}" (é) equals "e\u{301}"
/// (e and a combining accent) although their UTF-8 bytes, clusters and glyphs differ. A cache
/// that stores byte offsets, clusters or glyphs must never hand one of them the other's result:
/// key it on `ExactText`, which compares and hashes the UTF-8 bytes.
public struct ExactText: Hashable, Sendable, CustomStringConvertible {
    public let string: String

    public init(_ string: String) {
        self.string = string
    }

    /// Compares the bytes in place; two keys made from one string (a topic's text, used again by
    /// every handout of a batch) share their storage and are equal at once.
    public static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        var left = lhs.string
        var right = rhs.string
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                leftBytes.count == rightBytes.count
                    && (leftBytes.baseAddress == rightBytes.baseAddress || leftBytes.elementsEqual(rightBytes))
            }
        }
    }

    public func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public var description: String { string }
}

/// A BCP 47 language tag as content gives it (`en-GB`, `cy`, `ur-PK`, `zh-Hans`), checked for form.
public struct LanguageTag: Hashable, Sendable, CustomStringConvertible {
    /// The tag as written.
    public let value: String

    /// What a topic is written in unless its front matter says otherwise.
    public static let british = LanguageTag(checked: "en-GB")

    /// The tag `value`, or nil if it is not shaped like a BCP 47 tag: a primary language of 2 or 3
    /// letters, then subtags of 1 to 8 letters or digits, separated by hyphens.
    public init?(_ value: String) {
        let subtags = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = subtags.first, (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }),
            subtags.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        self.value = value
    }

    private init(checked value: String) { self.value = value }

    public var description: String { value }

    /// The primary language subtag in lower case: `ur` for `ur-PK`.
    public var primary: String { String(value.prefix { $0 != "-" }).lowercased() }

    /// Whether the language is written right to left (Arabic, Hebrew, Persian, Urdu and others).
    public var isRightToLeft: Bool { Self.rightToLeftLanguages.contains(primary) }

    private static let rightToLeftLanguages: Set<String> = ["ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb", "syr"]
}

extension Character {
    /// Whether this is a Unicode bidi control: a mark (LRM U+200E, RLM U+200F, ALM U+061C), an
    /// embedding or override (U+202A to U+202E) or an isolate (LRI, RLI, FSI, PDI: U+2066 to
    /// U+2069). An author may type them into content to steer the order of right-to-left and
    /// left-to-right text; they are never printed themselves (nor brailled).
    public var isBidiControl: Bool {
        guard utf8.first! >= 0xD8, unicodeScalars.count == 1 else { return false }
        switch unicodeScalars.first!.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

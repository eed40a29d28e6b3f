import CHarfBuzz

/// What HarfBuzz needs besides the font and the text: the script, the direction and the
/// language of a run of text.
struct ShapingContext: Hashable, Sendable {
    /// An ``hb_script_t`` value.
    var script: UInt32
    var rightToLeft: Bool
    /// An ``hb_language_t``, which HarfBuzz interns: equal tags give the same pointer.
    var language: UInt

    init(script: UInt32, rightToLeft: Bool, language: hb_language_t?) {
        self.script = script
        self.rightToLeft = rightToLeft
        self.language = UInt(bitPattern: language)
    }

    /// Latin text, left to right, in `language` (a BCP 47 tag).
    static func latin(_ language: String) -> ShapingContext {
        ShapingContext(script: HB_SCRIPT_LATIN.rawValue, rightToLeft: false, language: hb_language_from_string(language, -1))
    }

    /// British English: what handouts are written in unless their topic says otherwise.
    nonisolated(unsafe) static let british = latin("en-GB")

    /// The same context for text in `script`, `rightToLeft` or not.
    func with(script: UInt32, rightToLeft: Bool) -> ShapingContext {
        var copy = self
        copy.script = script
        copy.rightToLeft = rightToLeft
        return copy
    }

    var hbLanguage: hb_language_t? { hb_language_t(bitPattern: language) }
}

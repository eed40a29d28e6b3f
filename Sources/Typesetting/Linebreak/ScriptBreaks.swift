import CHarfBuzz
import CThai

/// Where a line may break inside a word of a script written without spaces between words.
///
/// - Chinese and Japanese (UAX #14 class ID): between any two ideographs or kana, except before
///   closing punctuation, small kana and the prolonged sound mark (classes CL, CP, NS, CJ, EX,
///   IS) and after opening punctuation (OP).
/// - Thai: at the word boundaries libthai finds with its dictionary.
///
/// Each typesetter has one; it opens libthai's dictionary the first time Thai text needs it.
/// Not thread-safe, like ``Shaper``.
final class ScriptBreaks {
    private var thai: OpaquePointer?

    deinit {
        if let thai { th_brk_delete(thai) }
    }

    /// Whether text in `script` (an ``hb_script_t`` value) needs this: the scripts above.
    static func applies(to script: UInt32) -> Bool {
        script == HB_SCRIPT_THAI.rawValue || ideographicScripts.contains(script)
    }

    private static let ideographicScripts: Set<UInt32> = [
        HB_SCRIPT_HAN.rawValue, HB_SCRIPT_HIRAGANA.rawValue, HB_SCRIPT_KATAKANA.rawValue, HB_SCRIPT_BOPOMOFO.rawValue,
    ]

    /// The offsets, in characters of `text`, where a line may break; never 0 or the end.
    func breaks(in text: [Character], script: UInt32) -> [Int] {
        guard text.count > 1 else { return [] }
        if script == HB_SCRIPT_THAI.rawValue { return thaiBreaks(text) }
        return (1..<text.count).filter { Self.ideographicBreak(after: text[$0 - 1], before: text[$0]) }
    }

    /// UAX #14 rules LB30-ish for ideographic text: ID × ID is a break opportunity, except where
    /// the character after may not start a line or the one before may not end one.
    static func ideographicBreak(after previous: Character, before next: Character) -> Bool {
        guard let before = previous.unicodeScalars.first, let after = next.unicodeScalars.first else { return false }
        if noBreakBefore.contains(after.value) || noBreakAfter.contains(before.value) { return false }
        if after.properties.generalCategory == .nonspacingMark { return false }
        return isIdeographic(before) || isIdeographic(after)
    }

    /// Ideographs, kana and the CJK symbols that take their class (ID in UAX #14).
    private static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FFF, 0x3040...0x30FF, 0x3100...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
            0xFF01...0xFF60, 0x20000...0x3FFFD:
            true
        default: false
        }
    }

    /// Closing punctuation (CL, CP), exclamation and infix separators (EX, IS), small kana and
    /// other non-starters (NS, CJ), in their CJK and full-width forms.
    private static let noBreakBefore: Set<UInt32> = Set(
        [0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF01, 0xFF1F, 0xFF09, 0xFF3D, 0xFF5D, 0x3009, 0x300B, 0x300D,
         0x300F, 0x3011, 0x3015, 0x3017, 0x3019, 0x301B, 0x301E, 0x301F, 0x30FB, 0x30FC, 0x3005, 0x303B, 0x309D, 0x309E,
         0x30FD, 0x30FE, 0x2019, 0x201D, 0x0029, 0x005D, 0x007D, 0x002C, 0x002E, 0x003A, 0x003B, 0x0021, 0x003F, 0x2026]
            + [0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E, 0x3095, 0x3096, 0x30A1, 0x30A3,
               0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE, 0x30F5, 0x30F6])

    /// Opening punctuation (OP) in CJK and full-width forms.
    private static let noBreakAfter: Set<UInt32> = [
        0xFF08, 0xFF3B, 0xFF5B, 0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0x301D, 0x2018,
        0x201C, 0x0028, 0x005B, 0x007B,
    ]

    private func thaiBreaks(_ text: [Character]) -> [Int] {
        if thai == nil { thai = th_brk_new(nil) }
        guard let thai else { return [] }
        var wide: [thwchar_t] = []
        var characterAt: [Int] = []
        for (index, character) in text.enumerated() {
            for scalar in character.unicodeScalars {
                wide.append(thwchar_t(bitPattern: scalar.value))
                characterAt.append(index)
            }
        }
        characterAt.append(text.count)
        wide.append(0)
        var positions = [Int32](repeating: 0, count: wide.count)
        let found = Int(th_brk_wc_find_breaks(thai, wide, &positions, positions.count))
        // A break lands between characters: keep those that start one, inside the text.
        return positions.prefix(max(found, 0)).compactMap { position -> Int? in
            let scalarIndex = Int(position)
            guard scalarIndex > 0, scalarIndex < characterAt.count - 1 else { return nil }
            let character = characterAt[scalarIndex]
            return characterAt[scalarIndex - 1] != character ? character : nil
        }
    }
}

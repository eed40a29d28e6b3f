import CFriBidi

/// The Unicode Bidirectional Algorithm (UAX #9), done by GNU FriBidi: embedding levels for a
/// paragraph, and the visual order of each line once the paragraph is broken into lines.
enum Bidi {
    /// A paragraph's embedding levels, one per Unicode scalar, and its direction.
    struct Paragraph {
        var levels: [UInt8]
        var rightToLeft: Bool
    }

    /// Whether `text` can need the algorithm: it has a right-to-left letter or a bidi control.
    /// Text without one, in a left-to-right paragraph, is all level 0.
    static func mayNeedReordering(_ text: String) -> Bool {
        // Every right-to-left letter and bidi control is at U+0590 or above: bytes from D6 up.
        guard text.utf8.contains(where: { $0 >= 0xD6 }) else { return false }
        return text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF,
                0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                true
            default: false
            }
        }
    }

    /// The levels of `scalars` as one paragraph. Its direction is that of its first strong
    /// character; with none, right to left if `defaultRightToLeft`.
    static func paragraph(_ scalars: [UInt32], defaultRightToLeft: Bool) -> Paragraph {
        let count = Int32(scalars.count)
        var types = [FriBidiCharType](repeating: FriBidiCharType(rawValue: 0), count: scalars.count)
        var brackets = [FriBidiBracketType](repeating: 0, count: scalars.count)
        var levels = [FriBidiLevel](repeating: 0, count: scalars.count)
        var direction = defaultRightToLeft ? handout_fribidi_par_weak_rtl : handout_fribidi_par_auto
        fribidi_get_bidi_types(scalars, count, &types)
        fribidi_get_bracket_types(scalars, count, types, &brackets)
        let result = fribidi_get_par_embedding_levels_ex(types, brackets, count, &direction, &levels)
        let rightToLeft = handout_fribidi_is_rtl(direction) != 0
        // Zero means FriBidi could not allocate memory: fall back to the paragraph's level throughout.
        guard result > 0 else { return Paragraph(levels: Array(repeating: rightToLeft ? 1 : 0, count: scalars.count), rightToLeft: rightToLeft) }
        return Paragraph(levels: levels.map { UInt8(max($0, 0)) }, rightToLeft: rightToLeft)
    }

    /// The visual order of a line: the logical index of what is drawn first (leftmost), second, and so on.
    /// `scalars` are the line's text in logical order and `levels` their embedding levels; trailing
    /// whitespace goes to the paragraph's level (rule L1) before the runs are reversed (L2).
    static func visualOrder(_ scalars: [UInt32], levels: [UInt8], rightToLeft: Bool) -> [Int] {
        let count = Int32(scalars.count)
        var types = [FriBidiCharType](repeating: FriBidiCharType(rawValue: 0), count: scalars.count)
        fribidi_get_bidi_types(scalars, count, &types)
        var lineLevels = levels.map { FriBidiLevel(bitPattern: $0) }
        var map = (0..<count).map { FriBidiStrIndex($0) }
        let result = fribidi_reorder_line(
            0, types, count, 0, rightToLeft ? handout_fribidi_par_rtl : handout_fribidi_par_ltr, &lineLevels, nil, &map)
        guard result > 0 else { return Array(0..<scalars.count) }
        return map.map(Int.init)
    }
}

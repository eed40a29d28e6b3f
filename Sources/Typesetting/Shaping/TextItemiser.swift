import CHarfBuzz
import Document

/// A stretch of text drawn in one font, script and direction: what HarfBuzz shapes as one buffer.
struct TextRun: Equatable {
    var text: String
    var font: Int
    /// An ``hb_script_t`` value.
    var script: UInt32
    /// The bidi embedding level (UAX #9): odd levels read right to left.
    var level: UInt8
}

/// Splits text into runs by script, bidi level and font: each run is one script at one level,
/// in the first font that has all its glyphs (the styled Latin face, the script's fallback from
/// the catalogue, DejaVu Sans, then fonts for any script). Characters of no script of their own
/// (spaces, digits, punctuation, combining marks) stay in the run around them when its font
/// has them. Bidi controls (`Character.isBidiControl`) are left out: they have done their work
/// in the levels, and are neither drawn nor part of the page's text.
struct TextItemiser {
    let fontSet: FontSet
    /// The language of the text, a BCP 47 tag, which picks language-specific fonts (Urdu in Nastaliq).
    let language: String

    /// The runs of `text` whose scalars have embedding `levels` (nil: all left to right, level 0),
    /// preferring font number `preferred`.
    func runs(_ text: String, levels: ArraySlice<UInt8>?, preferring preferred: Int) -> [TextRun] {
        if levels == nil, fontSet.coversASCII[preferred], !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return [TextRun(text: text, font: preferred, script: HB_SCRIPT_LATIN.rawValue, level: 0)]
        }
        var runs: [TextRun] = []
        var current: TextRun?
        var scalarOffset = levels?.startIndex ?? 0
        for character in text {
            let level = levels.map { $0[scalarOffset] } ?? 0
            scalarOffset += character.unicodeScalars.count
            if character.isBidiControl { continue }
            let script = Self.script(of: character)
            if var run = current, run.level == level, script == nil || run.script == script || run.script == commonScript {
                // A character of no script stays in the run if its font has it; others go in the best font for them.
                let stays = script == nil
                    ? fontSet.font(run.font).covers(character)
                    : bestFont(for: character, script: script!, preferring: preferred) == run.font
                if stays {
                    if let script, run.script == commonScript { run.script = script }
                    run.text.append(character)
                    current = run
                    continue
                }
            }
            if let current { runs.append(current) }
            let runScript = script ?? current?.script ?? commonScript
            let font = bestFont(for: character, script: runScript, preferring: preferred) ?? preferred
            current = TextRun(text: String(character), font: font, script: runScript, level: level)
        }
        if let current { runs.append(current) }
        return runs
    }

    private var commonScript: UInt32 { HB_SCRIPT_COMMON.rawValue }

    /// The first font that has `character`, trying the fonts for `script`; nil if none has it.
    private func bestFont(for character: Character, script: UInt32, preferring preferred: Int) -> Int? {
        if fontSet.font(preferred).covers(character) { return preferred }
        return fontSet.firstCovering(character, in: fontSet.candidates(script: script, language: language, preferring: preferred))
    }

    /// The script of `character`: that of its first scalar with a script of its own, or nil if it
    /// has none (Common and Inherited characters take the script of the text around them).
    static func script(of character: Character) -> UInt32? {
        for scalar in character.unicodeScalars {
            let script = FontSet.script(of: scalar)
            if script != HB_SCRIPT_COMMON.rawValue, script != HB_SCRIPT_INHERITED.rawValue, script != HB_SCRIPT_UNKNOWN.rawValue {
                return script
            }
        }
        return nil
    }
}

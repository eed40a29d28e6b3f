import CHarfBuzz
import Document
import Foundation
import PageModel

/// The fonts a handout is set in, loaded once from a folder and shared by every document.
///
/// Faces are Atkinson Hyperlegible in four styles, with DejaVu Sans as the fallback for
/// characters they lack, then the fallback fonts of the folder's ``FontCatalogue`` (Noto for
/// Arabic, Hebrew, Devanagari, CJK and so on), each opened only when text needs it. Indexes into
/// ``files`` are the font numbers that glyph runs use.
public final class FontSet: Sendable {
    /// File names in the fonts folder: regular, bold, italic, bold italic, then fallbacks.
    public static let fileNames = [
        "AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf", "AtkinsonHyperlegible-Italic.ttf",
        "AtkinsonHyperlegible-BoldItalic.ttf", "DejaVuSans.ttf",
    ]
    static let fallbackIndex = 4

    /// The fonts loaded up front, font numbers 0 to 4.
    let fonts: [HarfBuzzFont]
    /// The catalogue's fonts, font numbers from 5 on, opened when first used.
    private let fallbacks: [LazyFont]
    /// For each script the catalogue names, its fonts' numbers, language-specific ones first.
    private let scriptFonts: [UInt32: [(language: String?, regular: Int, bold: Int)]]
    /// The fonts for any script, tried last.
    private let anyScriptFonts: [(regular: Int, bold: Int)]
    /// For each font, whether it has a glyph for every printable ASCII character, so text in
    /// plain ASCII needs no glyph-by-glyph choice of font.
    let coversASCII: [Bool]
    /// The Latin regular face's x-height as a fraction of its em.
    private let latinXHeight: Double?
    /// The font files by font number, for the renderer, which opens each only if a run uses it.
    public let files: [FontFile]

    /// Loads the fonts from `directory` and its fallback catalogue; a missing or broken file is
    /// an error naming it.
    public init(directory: URL) throws {
        let fonts = try Self.fileNames.map { try HarfBuzzFont(path: directory.appendingPathComponent($0).path) }
        self.fonts = fonts
        coversASCII = fonts.map { font in (0x20...0x7E).allSatisfy { font.covers(Unicode.Scalar(UInt8($0))) } }
        latinXHeight = fonts[0].xHeight.map { $0 / fonts[0].unitsPerEm }
        var files: [FontCatalogue.File] = []
        func number(_ file: FontCatalogue.File) -> Int {
            if let known = files.firstIndex(of: file) { return Self.fileNames.count + known }
            files.append(file)
            return Self.fileNames.count + files.count - 1
        }
        var scriptFonts: [UInt32: [(language: String?, regular: Int, bold: Int)]] = [:]
        var anyScriptFonts: [(regular: Int, bold: Int)] = []
        for entry in try FontCatalogue(directory: directory).entries {
            let regular = number(entry.regular)
            let bold = entry.bold.map(number) ?? regular
            if entry.script == "*" {
                anyScriptFonts.append((regular, bold))
            } else {
                let script = hb_script_from_string(entry.script, -1).rawValue
                scriptFonts[script, default: []].append((entry.language, regular, bold))
            }
        }
        // Fonts for a language come before the script's general ones.
        self.scriptFonts = scriptFonts.mapValues { fonts in fonts.filter { $0.language != nil } + fonts.filter { $0.language == nil } }
        self.anyScriptFonts = anyScriptFonts
        fallbacks = files.map(LazyFont.init)
        self.files = fonts.map { FontFile(path: $0.path) } + files.map { FontFile(path: $0.path, index: $0.faceIndex) }
    }


    /// How many of the catalogue's fonts have been opened so far.
    var openFallbackCount: Int { fallbacks.filter(\.isOpen).count }

    /// Font number `number`, opened if it has not been yet (a broken fallback file gives DejaVu Sans).
    func font(_ number: Int) -> HarfBuzzFont {
        if number < fonts.count { return fonts[number] }
        return fallbacks[number - fonts.count].font ?? fonts[Self.fallbackIndex]
    }

    /// How much larger than the text size font `number` is set, so that its letter height (the
    /// x-height; in Arabic script the height of a beh, see ``HarfBuzzFont/letterHeight``) matches
    /// the Latin face's x-height: DejaVu Sans and the catalogue's fonts (fonts that give no
    /// x-height are set at 1).
    func sizeScale(_ number: Int) -> Double {
        guard number >= Self.fallbackIndex, let latinXHeight else { return 1 }
        let font = font(number)
        guard let height = font.letterHeight else { return 1 }
        return min(max(latinXHeight / (height / font.unitsPerEm), Self.sizeScaleRange.lowerBound), Self.sizeScaleRange.upperBound)
    }

    /// The distance from font `number`'s ascender to its descender at `size`: the room its lines need.
    func naturalLineHeight(_ number: Int, size: Double) -> Double {
        let font = font(number)
        return (font.ascender - font.descender) / font.unitsPerEm * size
    }

    /// Fallback fonts are never made more than this much smaller or larger.
    static let sizeScaleRange = 0.8...1.25

    /// The font number for a style.
    func index(for style: FontStyle) -> Int {
        switch (style.bold, style.italic) {
        case (false, false): 0
        case (true, false): 1
        case (false, true): 2
        case (true, true): 3
        }
    }

    /// The fonts to try for text in `script` and `language`, best first: the styled Latin face
    /// `preferred`, the script's fallbacks (those for the language first), DejaVu Sans, then the
    /// fallbacks for any script.
    func candidates(script: UInt32, language: String, preferring preferred: Int) -> [Int] {
        let bold = preferred == 1 || preferred == 3
        let primary = language.split(separator: "-").first.map { $0.lowercased() }
        let forScript = (scriptFonts[script] ?? []).filter { $0.language == nil || $0.language == primary }
        return [preferred] + forScript.map { bold ? $0.bold : $0.regular } + [Self.fallbackIndex]
            + anyScriptFonts.map { bold ? $0.bold : $0.regular }
    }

    /// The first of `candidates` with a glyph for `character`, if any has one.
    func firstCovering(_ character: Character, in candidates: [Int]) -> Int? {
        candidates.first { font($0).covers(character) }
    }

    /// The first character of `text` no font can draw, if there is one: the text is split into
    /// runs as the typesetter splits it (``TextItemiser``), in the regular and the bold face, and
    /// every character must be in its run's font.
    public func firstUncovered(in text: some StringProtocol, language: String) -> Character? {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) { return nil }
        let itemiser = TextItemiser(fontSet: self, language: language)
        for preferred in [index(for: .regular), index(for: .boldStyle)] {
            for run in itemiser.runs(String(text), levels: nil, preferring: preferred) {
                if let missing = run.text.first(where: { !$0.isWhitespace && !font(run.font).covers($0) }) { return missing }
            }
        }
        return nil
    }

    /// The Unicode script of `scalar`, from HarfBuzz's Unicode functions, as an ``hb_script_t`` value.
    static func script(of scalar: Unicode.Scalar) -> UInt32 {
        hb_unicode_script(unicodeFunctions, scalar.value).rawValue
    }

    nonisolated(unsafe) private static let unicodeFunctions = hb_unicode_funcs_get_default()

    /// The ISO 15924 code of `character`'s script (`Sinh`, `Zyyy` for symbols), for messages.
    public static func scriptName(of character: Character) -> String {
        LanguageScripts.code(of: script(of: character.unicodeScalars.first!))
    }

    /// The name of the fallback catalogue in the font folder.
    public static var catalogueFileName: String { FontCatalogue.fileName }
}

extension FontSet {
    /// Where the baseline sits below a line's top so text at `size` is centred in the line.
    func baselineOffset(size: Double, lineHeight: Double) -> Double {
        let font = fonts[0]
        let ascent = font.ascender / font.unitsPerEm * size
        let descent = -font.descender / font.unitsPerEm * size
        return (lineHeight - ascent - descent) / 2 + ascent
    }
}

import Document
import Foundation
import PageModel

/// The fonts a handout is set in, loaded once from a folder and shared by every document.
///
/// Faces are Atkinson Hyperlegible in four styles, with DejaVu Sans as the fallback for
/// characters they lack. Indexes into ``fonts`` are the font numbers that glyph runs use.
public final class FontSet: Sendable {
    /// File names in the fonts folder: regular, bold, italic, bold italic, then fallbacks.
    public static let fileNames = [
        "AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf", "AtkinsonHyperlegible-Italic.ttf",
        "AtkinsonHyperlegible-BoldItalic.ttf", "DejaVuSans.ttf",
    ]
    private static let fallbackIndex = 4

    let fonts: [HarfBuzzFont]
    /// For each font, whether it has a glyph for every printable ASCII character, so text in
    /// plain ASCII needs no glyph-by-glyph choice of font.
    let coversASCII: [Bool]

    /// Loads the fonts from `directory`; a missing or broken file is an error naming it.
    public init(directory: URL) throws {
        fonts = try Self.fileNames.map { try HarfBuzzFont(path: directory.appendingPathComponent($0).path) }
        coversASCII = fonts.map { font in (0x20...0x7E).allSatisfy { font.covers(Unicode.Scalar(UInt8($0))) } }
    }

    /// The font files, for the renderer.
    public var files: [FontFile] { fonts.map { FontFile(path: $0.path) } }

    /// The font number for a style.
    func index(for style: FontStyle) -> Int {
        switch (style.bold, style.italic) {
        case (false, false): 0
        case (true, false): 1
        case (false, true): 2
        case (true, true): 3
        }
    }

    /// The font to draw `scalar` with: the styled font if it has the glyph, else the fallback.
    func font(for scalar: Unicode.Scalar, preferring index: Int) -> Int {
        if fonts[index].covers(scalar) || scalar.properties.isWhitespace || !fonts[Self.fallbackIndex].covers(scalar) {
            return index
        }
        return Self.fallbackIndex
    }
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

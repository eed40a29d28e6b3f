import CHarfBuzz
import Foundation

/// A font file opened with HarfBuzz at its design scale (units per em), so shaped advances are
/// exact and independent of size: multiply by `size / unitsPerEm` to get points.
///
/// Immutable after creation, which HarfBuzz documents as safe to share between threads.
final class HarfBuzzFont: @unchecked Sendable {
    let path: String
    /// The face's index in a font collection (0 for a plain font file).
    let faceIndex: Int
    let font: OpaquePointer
    let unitsPerEm: Double
    /// Ascender and descender in font units; the descender is negative.
    let ascender: Double
    let descender: Double
    /// The height of a lower-case x (OS/2 sxHeight) in font units, or nil if the font does not say.
    let xHeight: Double?
    /// The height matched across fonts to set them at one apparent size (see
    /// ``FontSet/sizeScale(_:)``), in font units: the x-height, except in a font for Arabic script
    /// (one with a beh, U+0628, and no Latin x). There the x-height field says little about the
    /// letters (Noto Nastaliq Urdu's is taller than its letters' bodies), so the top of the
    /// isolated beh is used: the height of an Arabic letter's body, with no ascender or dot above.
    let letterHeight: Double?

    init(path: String, faceIndex: Int = 0) throws {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw TypesettingError.fontMissing(path)
        }
        let blob = hb_blob_create_from_file_or_fail(path)
        guard let blob else { throw TypesettingError.fontUnreadable(path) }
        defer { hb_blob_destroy(blob) }
        guard faceIndex < max(1, Int(hb_face_count(blob))) else {
            throw TypesettingError.fontUnreadable("\(path)#\(faceIndex)")
        }
        let face = hb_face_create(blob, UInt32(faceIndex))
        defer { hb_face_destroy(face) }
        guard hb_face_get_glyph_count(face) > 0 else { throw TypesettingError.fontUnreadable(path) }
        self.path = path
        self.faceIndex = faceIndex
        font = hb_font_create(face)
        unitsPerEm = Double(hb_face_get_upem(face))
        var extents = hb_font_extents_t()
        hb_font_get_h_extents(font, &extents)
        ascender = Double(extents.ascender)
        descender = Double(extents.descender)
        var position: hb_position_t = 0
        let hasXHeight = hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_X_HEIGHT, &position) != 0
        let xHeight = hasXHeight && position > 0 ? Double(position) : nil
        self.xHeight = xHeight
        let beh = Self.top(of: 0x0628, in: font)
        letterHeight = beh != nil && Self.top(of: 0x78, in: font) == nil ? beh : xHeight
    }

    /// The top of the glyph for `scalar` above the baseline, in font units; nil if the font has none.
    private static func top(of scalar: UInt32, in font: OpaquePointer) -> Double? {
        var glyph: hb_codepoint_t = 0
        var extents = hb_glyph_extents_t()
        guard hb_font_get_nominal_glyph(font, scalar, &glyph) != 0, hb_font_get_glyph_extents(font, glyph, &extents) != 0,
            extents.y_bearing > 0
        else { return nil }
        return Double(extents.y_bearing)
    }

    deinit { hb_font_destroy(font) }

    /// Whether the font has a glyph for `scalar`.
    func covers(_ scalar: Unicode.Scalar) -> Bool {
        var glyph: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(font, scalar.value, &glyph) != 0
    }

    /// Whether the font has a glyph for every scalar of `character` that is drawn: format
    /// characters such as ZERO WIDTH JOINER and variation selectors shape without one.
    func covers(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { covers($0) || $0.properties.isDefaultIgnorableCodePoint }
    }
}

import CHarfBuzz
import Foundation

/// A font file opened with HarfBuzz at its design scale (units per em), so shaped advances are
/// exact and independent of size: multiply by `size / unitsPerEm` to get points.
///
/// Immutable after creation, which HarfBuzz documents as safe to share between threads.
final class HarfBuzzFont: @unchecked Sendable {
    let path: String
    let font: OpaquePointer
    let unitsPerEm: Double
    /// Ascender and descender in font units; the descender is negative.
    let ascender: Double
    let descender: Double

    init(path: String) throws {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw TypesettingError.fontMissing(path)
        }
        let blob = hb_blob_create_from_file_or_fail(path)
        guard let blob else { throw TypesettingError.fontUnreadable(path) }
        defer { hb_blob_destroy(blob) }
        let face = hb_face_create(blob, 0)
        defer { hb_face_destroy(face) }
        guard hb_face_get_glyph_count(face) > 0 else { throw TypesettingError.fontUnreadable(path) }
        self.path = path
        font = hb_font_create(face)
        unitsPerEm = Double(hb_face_get_upem(face))
        var extents = hb_font_extents_t()
        hb_font_get_h_extents(font, &extents)
        ascender = Double(extents.ascender)
        descender = Double(extents.descender)
    }

    deinit { hb_font_destroy(font) }

    /// Whether the font has a glyph for `scalar`.
    func covers(_ scalar: Unicode.Scalar) -> Bool {
        var glyph: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(font, scalar.value, &glyph) != 0
    }
}

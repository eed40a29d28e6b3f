import CHarfBuzz
import Caching

/// Shapes text with HarfBuzz (kerning and ligatures on) in the script, direction and language
/// it is given, caching results by font, context and text, so each word a batch's handouts share
/// is shaped once (see ``CrossDocumentCache``). Not thread-safe: one shaper per task.
final class Shaper {
    let fontSet: FontSet
    private var cache = CrossDocumentCache<ShapeKey, ShapedText>(limit: cacheLimit)
    private let buffer: OpaquePointer

    /// Keyed on the text's bytes, since the clusters are byte offsets into it.
    private struct ShapeKey: Hashable {
        var font: Int
        var context: ShapingContext
        var text: ExactText
    }

    /// Shaped texts kept for good: the content's whole vocabulary, in every style, many times over.
    static let cacheLimit = 50_000

    init(fontSet: FontSet) {
        self.fontSet = fontSet
        buffer = hb_buffer_create()
    }

    deinit { hb_buffer_destroy(buffer) }

    /// Starts a new document: words only the last one used are forgotten after this one.
    func startDocument() {
        cache.startDocument()
    }

    /// `text` in font number `font` and `context`, in font units. Right-to-left text comes back
    /// with its glyphs in visual order, left to right (clusters descending).
    func shape(_ text: String, font: Int, context: ShapingContext = .british) -> ShapedText {
        let key = ShapeKey(font: font, context: context, text: ExactText(text))
        if let cached = cache.value(for: key) { return cached }
        hb_buffer_reset(buffer)
        hb_buffer_add_utf8(buffer, text, Int32(text.utf8.count), 0, Int32(text.utf8.count))
        hb_buffer_set_direction(buffer, context.rightToLeft ? HB_DIRECTION_RTL : HB_DIRECTION_LTR)
        hb_buffer_set_script(buffer, hb_script_t(rawValue: context.script))
        hb_buffer_set_language(buffer, context.hbLanguage)
        hb_shape(fontSet.font(font).font, buffer, nil, 0)
        var count: UInt32 = 0
        let infos = hb_buffer_get_glyph_infos(buffer, &count)!
        let positions = hb_buffer_get_glyph_positions(buffer, &count)!
        var glyphs: [ShapedGlyph] = []
        glyphs.reserveCapacity(Int(count))
        var advance: Int32 = 0
        for i in 0..<Int(count) {
            glyphs.append(
                ShapedGlyph(
                    id: infos[i].codepoint, advance: positions[i].x_advance, xOffset: positions[i].x_offset,
                    yOffset: positions[i].y_offset, cluster: infos[i].cluster))
            advance += positions[i].x_advance
        }
        let shaped = ShapedText(glyphs: glyphs, advance: advance)
        cache.insert(shaped, for: key)
        return shaped
    }

    /// The width of `text` in points, at `size`.
    func width(_ text: String, font: Int, size: Double, context: ShapingContext = .british) -> Double {
        Double(shape(text, font: font, context: context).advance) * size / fontSet.font(font).unitsPerEm
    }

    /// The width of `text` set like `part` (its font, size and shaping context).
    func width(_ text: String, like part: WordPart) -> Double {
        width(text, font: part.font, size: part.size, context: part.context)
    }
}

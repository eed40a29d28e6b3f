import CHarfBuzz
import Caching

/// Shapes text with HarfBuzz (kerning and ligatures on), caching results by font and text, so
/// each word a batch's handouts share is shaped once (see ``CrossDocumentCache``).
/// Not thread-safe: one shaper per task.
final class Shaper {
    let fontSet: FontSet
    private var cache = CrossDocumentCache<ShapeKey, ShapedText>(limit: cacheLimit)
    private let buffer: OpaquePointer
    private let language = hb_language_from_string("en-GB", -1)

    private struct ShapeKey: Hashable {
        var font: Int
        /// Exact scalars: the glyphs' clusters are byte offsets into this very text.
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

    /// `text` in font number `font`, in font units.
    func shape(_ text: String, font: Int) -> ShapedText {
        let key = ShapeKey(font: font, text: ExactText(text))
        if let cached = cache.value(for: key) { return cached }
        hb_buffer_reset(buffer)
        hb_buffer_add_utf8(buffer, text, Int32(text.utf8.count), 0, Int32(text.utf8.count))
        hb_buffer_set_direction(buffer, HB_DIRECTION_LTR)
        hb_buffer_set_script(buffer, HB_SCRIPT_LATIN)
        hb_buffer_set_language(buffer, language)
        hb_shape(fontSet.fonts[font].font, buffer, nil, 0)
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
    func width(_ text: String, font: Int, size: Double) -> Double {
        Double(shape(text, font: font).advance) * size / fontSet.fonts[font].unitsPerEm
    }

    /// Splits `text` into runs each drawn by one font: the styled font, or the fallback
    /// for characters it lacks.
    func fontRuns(_ text: String, preferring font: Int) -> [(text: Substring, font: Int)] {
        if fontSet.coversASCII[font], !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return [(text[...], font)] }
        var runs: [(text: Substring, font: Int)] = []
        var start = text.startIndex
        var current: Int?
        for index in text.indices {
            let scalar = text[index].unicodeScalars.first!
            let chosen = fontSet.font(for: scalar, preferring: font)
            if let current, chosen != current {
                runs.append((text[start..<index], current))
                start = index
            }
            current = chosen
        }
        if let current, start < text.endIndex { runs.append((text[start...], current)) }
        return runs
    }
}

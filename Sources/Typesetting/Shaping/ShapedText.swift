/// One glyph from HarfBuzz, in font units.
struct ShapedGlyph: Sendable {
    var id: UInt32
    var advance: Int32
    var xOffset: Int32
    var yOffset: Int32
    /// Byte offset of the glyph's cluster in the shaped text.
    var cluster: UInt32
}

/// Text shaped in one font, in font units: scale by `size / unitsPerEm` for points.
struct ShapedText: Sendable {
    var glyphs: [ShapedGlyph]
    var advance: Int32
}

extension ShapedText {
    /// The glyphs in reading order: as shaped for left-to-right text, reversed for right-to-left
    /// text (which HarfBuzz gives in visual order).
    var readingOrder: ShapedText {
        guard let first = glyphs.first, let last = glyphs.last, first.cluster > last.cluster else { return self }
        return ShapedText(glyphs: glyphs.reversed(), advance: advance)
    }
}

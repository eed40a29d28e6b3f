/// A glyph of a run, placed relative to the run's origin (y down).
public struct PlacedGlyph: Hashable, Sendable {
    public var id: UInt32
    public var x: Double
    public var y: Double

    public init(id: UInt32, x: Double, y: Double) {
        self.id = id
        self.x = x
        self.y = y
    }
}

/// A cluster: `bytes` UTF-8 bytes of the run's text drawn by the next `glyphs` glyphs.
public struct Cluster: Hashable, Sendable {
    public var bytes: Int
    public var glyphs: Int

    public init(bytes: Int, glyphs: Int) {
        self.bytes = bytes
        self.glyphs = glyphs
    }
}

/// Shaped text in one font and size, with the text it stands for so it can be copied and searched.
///
/// The clusters cover `text` and `glyphs` exactly. `text` is always in logical (reading) order
/// and `glyphs` in visual order, left to right; in a right-to-left run the clusters, in text
/// order, take their glyphs from the end of `glyphs` backwards.
public struct GlyphRun: Hashable, Sendable {
    /// Index into ``PagedDocument/fonts``.
    public var font: Int
    public var size: Double
    /// The baseline start, on the page.
    public var origin: Point
    public var text: String
    public var glyphs: [PlacedGlyph]
    public var clusters: [Cluster]
    public var color: Color
    /// The advance width of the whole run.
    public var width: Double
    /// Whether the run reads right to left (Arabic, Hebrew): its clusters map backwards.
    public var rightToLeft: Bool

    public init(
        font: Int, size: Double, origin: Point, text: String, glyphs: [PlacedGlyph], clusters: [Cluster],
        color: Color, width: Double, rightToLeft: Bool = false
    ) {
        self.font = font
        self.size = size
        self.origin = origin
        self.text = text
        self.glyphs = glyphs
        self.clusters = clusters
        self.color = color
        self.width = width
        self.rightToLeft = rightToLeft
    }
}

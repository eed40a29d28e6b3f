import CCairo

/// One glyph to draw: its index in the font and its origin in user space.
///
/// It holds cairo's own glyph record, so an array of glyphs is handed to cairo as it is.
public struct Glyph: Equatable, Sendable {
    var raw: cairo_glyph_t

    public var index: UInt32 { UInt32(raw.index) }
    public var x: Double { raw.x }
    public var y: Double { raw.y }

    public init(index: UInt32, x: Double, y: Double) {
        raw = cairo_glyph_t(index: UInt(index), x: x, y: y)
    }

    public static func == (lhs: Glyph, rhs: Glyph) -> Bool {
        lhs.raw.index == rhs.raw.index && lhs.raw.x == rhs.raw.x && lhs.raw.y == rhs.raw.y
    }
}

/// A cluster maps `bytes` UTF-8 bytes of text to `glyphs` glyphs, in order.
///
/// It holds cairo's own cluster record, so an array of clusters is handed to cairo as it is.
public struct TextCluster: Equatable, Sendable {
    var raw: cairo_text_cluster_t

    public var bytes: Int { Int(raw.num_bytes) }
    public var glyphs: Int { Int(raw.num_glyphs) }

    public init(bytes: Int, glyphs: Int) {
        raw = cairo_text_cluster_t(num_bytes: Int32(bytes), num_glyphs: Int32(glyphs))
    }

    public static func == (lhs: TextCluster, rhs: TextCluster) -> Bool {
        lhs.raw.num_bytes == rhs.raw.num_bytes && lhs.raw.num_glyphs == rhs.raw.num_glyphs
    }
}

/// A cairo drawing context on a surface. Every call checks the context's status and throws
/// the first error, because cairo silently drops all drawing after one.
///
/// Setting the colour or font that is already set does nothing: cairo would make a new source
/// pattern or look the scaled font up again each time.
public final class Context {
    let pointer: OpaquePointer
    private let surfaceKeepAlive: AnyObject
    /// The colour and font last set, until a restore forgets them.
    var currentColor: (red: Double, green: Double, blue: Double)?
    var currentFont: (face: OpaquePointer, size: Double)?

    /// Creates a context drawing on a PDF surface.
    public init(_ surface: PDFSurface) throws {
        pointer = cairo_create(surface.pointer)
        surfaceKeepAlive = surface
        try check(cairo_status(pointer), "creating a context")
    }

    /// Creates a context drawing on an image surface.
    public init(_ surface: ImageSurface) throws {
        pointer = cairo_create(surface.pointer)
        surfaceKeepAlive = surface
        try check(cairo_status(pointer), "creating a context")
    }

    deinit { cairo_destroy(pointer) }

    private func checked(_ operation: String) throws {
        try check(cairo_status(pointer), operation)
    }

    /// Sets the colour for what is drawn next; components are 0...1.
    public func setColor(red: Double, green: Double, blue: Double) throws {
        if let currentColor, currentColor == (red, green, blue) { return }
        cairo_set_source_rgb(pointer, red, green, blue)
        currentColor = (red, green, blue)
        try checked("setting a colour")
    }

    /// Fills the rectangle with the current colour.
    public func fillRectangle(x: Double, y: Double, width: Double, height: Double) throws {
        cairo_rectangle(pointer, x, y, width, height)
        cairo_fill(pointer)
        try checked("filling a rectangle")
    }

    /// Strokes a straight line with the current colour.
    public func strokeLine(fromX: Double, fromY: Double, toX: Double, toY: Double, width: Double) throws {
        cairo_set_line_width(pointer, width)
        cairo_move_to(pointer, fromX, fromY)
        cairo_line_to(pointer, toX, toY)
        cairo_stroke(pointer)
        try checked("stroking a line")
    }

    /// Scales user space, e.g. points to pixels.
    public func scale(_ factor: Double) throws {
        cairo_scale(pointer, factor, factor)
        try checked("scaling")
    }

    /// Selects a font face and size in points for the glyphs drawn next.
    public func setFont(_ face: FontFace, size: Double) throws {
        if let currentFont, currentFont == (face.pointer, size) { return }
        cairo_set_font_face(pointer, face.pointer)
        cairo_set_font_size(pointer, size)
        currentFont = (face.pointer, size)
        try checked("setting the font")
    }

    /// Draws glyphs together with the text they stand for. The clusters must cover `text`
    /// and `glyphs` exactly; a PDF then copies back the original text, ligatures included.
    /// With `backward` (right-to-left text), the clusters, in text order, take their glyphs from
    /// the end of `glyphs`.
    public func showTextGlyphs(_ text: String, glyphs: [Glyph], clusters: [TextCluster], backward: Bool = false) throws {
        // The text, glyphs and clusters go to cairo in place: no copy of any of them.
        var text = text
        let flags = backward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(rawValue: 0)
        text.withUTF8 { bytes in
            glyphs.withUnsafeBufferPointer { glyphs in
                clusters.withUnsafeBufferPointer { clusters in
                    bytes.withMemoryRebound(to: CChar.self) { chars in
                        glyphs.withMemoryRebound(to: cairo_glyph_t.self) { cairoGlyphs in
                            clusters.withMemoryRebound(to: cairo_text_cluster_t.self) { cairoClusters in
                                cairo_show_text_glyphs(
                                    pointer, chars.baseAddress, Int32(chars.count), cairoGlyphs.baseAddress,
                                    Int32(cairoGlyphs.count), cairoClusters.baseAddress, Int32(cairoClusters.count), flags)
                            }
                        }
                    }
                }
            }
        }
        try checked("showing text")
    }

    /// Opens a tagged element (a structure tag or a link); `attributes` uses cairo's syntax.
    public func beginTag(_ name: String, attributes: String = "") throws {
        cairo_tag_begin(pointer, name, attributes)
        try checked("opening tag \(name)")
    }

    /// Closes the most recent element named `name`.
    public func endTag(_ name: String) throws {
        cairo_tag_end(pointer, name)
        try checked("closing tag \(name)")
    }

    /// Ends the current page and starts a new one.
    public func showPage() throws {
        cairo_show_page(pointer)
        try checked("ending a page")
    }
}

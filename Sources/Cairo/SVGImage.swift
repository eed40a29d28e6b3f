import CCairo
import CRsvg
import Foundation

/// An SVG document read by librsvg, drawn into cairo as vectors.
public final class SVGImage {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var registeredFiles: Set<String> = []
    /// The fontconfig configuration librsvg's text uses: the fonts given and nothing else.
    nonisolated(unsafe) private static var fonts: OpaquePointer?

    /// Makes the font `files` fonts of SVG text, so a diagram's labels are set in the handout's
    /// own typeface (librsvg finds fonts through fontconfig). The configuration holds only the
    /// files given here: the system's font configuration and caches are never read, which keeps
    /// about 20 MB and the scan of every installed font out of each process. Files, not their
    /// folders: fontconfig reads each file it is given in full, and a fallback font from
    /// /usr/share/fonts/truetype/noto would otherwise bring its 270 neighbours (43 ms a build).
    public static func useFonts(_ files: [String]) {
        lock.withLock {
            let config = fonts ?? FcConfigCreate()
            for file in files.sorted() where registeredFiles.insert(file).inserted {
                _ = FcConfigAppFontAddFile(config, file)
            }
            if fonts == nil {
                fonts = config
                _ = FcConfigSetCurrent(config)
            }
        }
    }

    private let handle: UnsafeMutablePointer<RsvgHandle>

    /// Reads `data`; throws with librsvg's message when it is not a usable SVG.
    public init(data: Data) throws {
        var error: UnsafeMutablePointer<GError>?
        let bytes = [UInt8](data)
        guard let handle = rsvg_handle_new_from_data(bytes, gsize(bytes.count), &error) else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "unreadable SVG"
            if let error { g_error_free(error) }
            throw CairoError.cairo(operation: "reading an SVG", message: message)
        }
        self.handle = handle
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// Draws the whole document scaled to fit `frame`, keeping its proportions, centred.
    public func draw(on context: Context, in frame: (x: Double, y: Double, width: Double, height: Double)) throws {
        var viewport = RsvgRectangle(x: frame.x, y: frame.y, width: frame.width, height: frame.height)
        var error: UnsafeMutablePointer<GError>?
        let drawn = rsvg_handle_render_document(handle, context.pointer, &viewport, &error)
        if drawn == 0 {
            let message = error.map { String(cString: $0.pointee.message) } ?? "rendering failed"
            if let error { g_error_free(error) }
            throw CairoError.cairo(operation: "drawing an SVG", message: message)
        }
        context.forgetColorAndFont()
        try check(cairo_status(context.pointer), "drawing an SVG")
    }
}

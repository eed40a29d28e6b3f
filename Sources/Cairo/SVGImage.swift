import CCairo
import CRsvg
import Foundation

/// An SVG document read by librsvg, drawn into cairo as vectors.
public final class SVGImage {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var registeredFolders: Set<String> = []
    /// The fontconfig configuration librsvg's text uses: our font folders and nothing else.
    nonisolated(unsafe) private static var fonts: OpaquePointer?

    /// Makes the fonts in `folder` the fonts of SVG text, so a diagram's labels are set in the
    /// handout's own typeface (librsvg finds fonts through fontconfig). The configuration holds
    /// only the folders given here: the system's font configuration and caches are never read,
    /// which keeps about 20 MB and the scan of every installed font out of each process.
    public static func useFonts(inFolder folder: String) {
        lock.withLock {
            guard !registeredFolders.contains(folder) else { return }
            registeredFolders.insert(folder)
            let config = fonts ?? FcConfigCreate()
            // File by file: adding a whole folder would try to write a fontconfig cache, which a
            // configuration of our own has nowhere to put (fontconfig then complains on stderr).
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where [".ttf", ".otf"].contains(where: name.lowercased().hasSuffix) {
                _ = FcConfigAppFontAddFile(config, (folder as NSString).appendingPathComponent(name))
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

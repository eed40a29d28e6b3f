import CCairo
import Foundation

/// An image surface in memory: a PNG preview being drawn, or an image file to paint.
public final class ImageSurface {
    let pointer: OpaquePointer
    /// The size in pixels.
    public let width: Int
    public let height: Int

    /// Creates an image of `width` x `height` pixels, all black until drawn on.
    public convenience init(width: Int, height: Int) throws {
        try self.init(
            owning: cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)),
            operation: "creating a \(width)x\(height) image")
    }

    /// Takes ownership of `pointer`, an image surface cairo made (or failed to make) by `operation`.
    init(owning pointer: OpaquePointer, operation: String) throws {
        self.pointer = pointer
        width = Int(cairo_image_surface_get_width(pointer))
        height = Int(cairo_image_surface_get_height(pointer))
        try check(cairo_surface_status(pointer), operation)
    }

    deinit { cairo_surface_destroy(pointer) }

    /// Encodes the image as PNG.
    public func pngData() throws -> Data {
        final class Sink { var bytes = Data() }
        let sink = Sink()
        let status = cairo_surface_write_to_png_stream(
            pointer,
            { closure, data, length in
                guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().bytes.append(data, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque())
        try check(status, "encoding a PNG")
        return sink.bytes
    }
}

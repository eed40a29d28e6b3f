import CCairo
import CJPEG
import Foundation

extension ImageSurface {
    /// The image in PNG `data`, decoded by cairo.
    public convenience init(pngData data: Data) throws {
        final class Source {
            let bytes: [UInt8]
            var offset = 0
            init(_ bytes: [UInt8]) { self.bytes = bytes }
        }
        let source = Source([UInt8](data))
        let pointer = cairo_image_surface_create_from_png_stream(
            { closure, out, length in
                guard let closure, let out else { return CAIRO_STATUS_READ_ERROR }
                let source = Unmanaged<Source>.fromOpaque(closure).takeUnretainedValue()
                let count = Int(length)
                guard source.offset + count <= source.bytes.count else { return CAIRO_STATUS_READ_ERROR }
                source.bytes.withUnsafeBufferPointer { bytes in
                    out.update(from: bytes.baseAddress! + source.offset, count: count)
                }
                source.offset += count
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(source).toOpaque())
        try self.init(owning: pointer!, operation: "reading a PNG")
    }

    /// The image in JPEG `data`, which a PDF embeds as it is. Its pixels are decoded (with
    /// libjpeg-turbo) only when `decodingPixels`: a PDF surface never looks at them.
    public convenience init(jpegData data: Data, decodingPixels: Bool) throws {
        let bytes = [UInt8](data)
        var width: Int32 = 0
        var height: Int32 = 0
        var components: Int32 = 0
        var dpi = 0.0
        guard handout_jpeg_info(bytes, bytes.count, &width, &height, &components, &dpi) == 0 else {
            throw CairoError.cairo(operation: "reading a JPEG", message: "not a readable JPEG file")
        }
        try self.init(width: Int(width), height: Int(height))
        if decodingPixels {
            cairo_surface_flush(pointer)
            let stride = cairo_image_surface_get_stride(pointer)
            guard handout_jpeg_decode_rgb24(bytes, bytes.count, cairo_image_surface_get_data(pointer), stride) == 0 else {
                throw CairoError.cairo(operation: "decoding a JPEG", message: "not a readable JPEG file")
            }
            cairo_surface_mark_dirty(pointer)
        }
        let copy = malloc(bytes.count)!
        bytes.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        let status = cairo_surface_set_mime_data(pointer, "image/jpeg", copy.assumingMemoryBound(to: UInt8.self), UInt(bytes.count), free, copy)
        if status != CAIRO_STATUS_SUCCESS { free(copy) }
        try check(status, "attaching JPEG data")
    }
}

extension Context {
    /// Paints `image` scaled to fill the rectangle. `smoothed`: its pixels are interpolated when
    /// scaled; when false a PDF says `/Interpolate false` and leaves it to the viewer.
    public func paint(_ image: ImageSurface, x: Double, y: Double, width: Double, height: Double, smoothed: Bool) throws {
        try withSavedState {
            cairo_translate(pointer, x, y)
            cairo_scale(pointer, width / Double(image.width), height / Double(image.height))
            cairo_set_source_surface(pointer, image.pointer, 0, 0)
            cairo_pattern_set_filter(cairo_get_source(pointer), smoothed ? CAIRO_FILTER_GOOD : CAIRO_FILTER_FAST)
            cairo_paint(pointer)
            try check(cairo_status(pointer), "painting an image")
        }
    }
}

import CJPEG
import CPNG
import CRsvg
import Foundation

/// Why a figure file could not be used.
public enum FigureFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing
    case unknownFormat
    /// The file could not be read as its format; `reason` is the library's message where it gave one.
    case unreadable(FigureFormat, reason: String)

    public var description: String {
        switch self {
        case .missing: "the file does not exist"
        case .unknownFormat: "unknown image format: use SVG, PNG or JPEG (.svg, .png, .jpg)"
        case let .unreadable(format, reason): "not a readable \(format.rawValue.uppercased()) file\(reason.isEmpty ? "" : ": \(reason)")"
        }
    }
}

/// Measures figure files with the libraries that read them: librsvg for SVG, libpng for PNG and
/// libjpeg-turbo for JPEG (headers only: nothing is decoded). Each file is measured once per run.
public enum FigureMeasurer {
    private static let cache = MeasurementCache()

    /// The format and natural size of the file at `path`.
    public static func measure(_ path: String) throws(FigureFileError) -> FigureMeasurement {
        if let known = cache[path] { return known }
        guard let format = FigureFormat(fileName: path) else { throw .unknownFormat }
        guard let data = FileManager.default.contents(atPath: path) else { throw .missing }
        let measurement = try measure(data, format: format)
        cache[path] = measurement
        return measurement
    }

    /// The natural size of `data` in `format`.
    public static func measure(_ data: Data, format: FigureFormat) throws(FigureFileError) -> FigureMeasurement {
        var width: Int32 = 0
        var height: Int32 = 0
        var dpi = 0.0
        let bytes = [UInt8](data)
        switch format {
        case .svg:
            return try svgSize(bytes)
        case .png:
            guard handout_png_info(bytes, bytes.count, &width, &height, &dpi) == 0, width > 0, height > 0 else {
                throw .unreadable(.png, reason: "")
            }
        case .jpeg:
            var components: Int32 = 0
            guard handout_jpeg_info(bytes, bytes.count, &width, &height, &components, &dpi) == 0, width > 0, height > 0
            else { throw .unreadable(.jpeg, reason: "") }
        }
        return FigureMeasurement(raster: format, pixelWidth: Int(width), pixelHeight: Int(height), dpi: dpi)
    }

    private static func svgSize(_ bytes: [UInt8]) throws(FigureFileError) -> FigureMeasurement {
        var error: UnsafeMutablePointer<GError>?
        guard let handle = rsvg_handle_new_from_data(bytes, gsize(bytes.count), &error) else {
            let reason = error.map { String(cString: $0.pointee.message) } ?? ""
            if let error { g_error_free(error) }
            throw .unreadable(.svg, reason: reason)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
        rsvg_handle_set_dpi(handle, FigureMeasurement.svgPixelsPerInch)
        var width = 0.0
        var height = 0.0
        if rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) == 0 {
            // No width and height: the viewBox gives the size, in CSS pixels.
            var hasViewBox: gboolean = 0
            var viewBox = RsvgRectangle()
            rsvg_handle_get_intrinsic_dimensions(handle, nil, nil, nil, nil, &hasViewBox, &viewBox)
            guard hasViewBox != 0 else { throw .unreadable(.svg, reason: "it has no width, height or viewBox") }
            width = viewBox.width
            height = viewBox.height
        }
        guard width > 0, height > 0 else { throw .unreadable(.svg, reason: "its size is zero") }
        let points = 72 / FigureMeasurement.svgPixelsPerInch
        return FigureMeasurement(format: .svg, width: width * points, height: height * points)
    }
}

/// Measurements by file path, shared by every thread.
private final class MeasurementCache: @unchecked Sendable {
    private let lock = NSLock()
    private var measurements: [String: FigureMeasurement] = [:]

    subscript(path: String) -> FigureMeasurement? {
        get { lock.withLock { measurements[path] } }
        set { lock.withLock { measurements[path] = newValue } }
    }
}

/// The formats a figure can be in.
public enum FigureFormat: String, Hashable, Sendable, CaseIterable {
    case svg
    case png
    case jpeg

    /// The format a file name's extension names, if it is one we print.
    public init?(fileName: String) {
        switch fileName.split(separator: ".").last?.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "jpg", "jpeg": self = .jpeg
        default: return nil
        }
    }

    /// Whether the image is made of pixels (and so has a resolution).
    public var isRaster: Bool { self != .svg }
}

/// What a figure file measures: its format and the size it asks to be printed at.
public struct FigureMeasurement: Hashable, Sendable {
    /// The lowest resolution a raster image is ever printed at, in dots per inch.
    public static let minimumDPI = 150.0
    /// CSS pixels, which SVG sizes are given in: 96 to the inch.
    static let svgPixelsPerInch = 96.0

    public var format: FigureFormat
    /// The natural width and height in points: an SVG's own size, or a raster at the resolution
    /// it states (at ``minimumDPI`` when it states none).
    public var width: Double
    public var height: Double
    /// A raster's size in pixels.
    public var pixelWidth: Int?
    public var pixelHeight: Int?

    public init(format: FigureFormat, width: Double, height: Double, pixelWidth: Int? = nil, pixelHeight: Int? = nil) {
        self.format = format
        self.width = width
        self.height = height
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
    }

    /// A raster of `pixelWidth` x `pixelHeight` that states `dpi` (0 or less: it states none).
    init(raster format: FigureFormat, pixelWidth: Int, pixelHeight: Int, dpi: Double) {
        let resolution = dpi > 0 ? dpi : Self.minimumDPI
        self.init(
            format: format, width: Double(pixelWidth) * 72 / resolution, height: Double(pixelHeight) * 72 / resolution,
            pixelWidth: pixelWidth, pixelHeight: pixelHeight)
    }

    /// The widest a raster may be printed, in points, without going below ``minimumDPI``; nil for SVG.
    public var widestPrintWidth: Double? {
        pixelWidth.map { Double($0) * 72 / Self.minimumDPI }
    }

    /// The resolution of a raster printed `width` points wide.
    public func dpi(printedWidth width: Double) -> Double? {
        pixelWidth.map { Double($0) * 72 / width }
    }
}

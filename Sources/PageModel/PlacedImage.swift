/// The formats the renderers draw images in.
public enum ImageFormat: String, Hashable, Sendable {
    /// Drawn as vectors.
    case svg
    case png
    /// Embedded in a PDF as it is.
    case jpeg
}

/// An image file, drawn scaled to fill a rectangle.
public struct PlacedImage: Hashable, Sendable {
    /// The file's full path.
    public var path: String
    public var format: ImageFormat
    /// Where it is drawn; the image is scaled to exactly this size.
    public var frame: Rect

    public init(path: String, format: ImageFormat, frame: Rect) {
        self.path = path
        self.format = format
        self.frame = frame
    }
}

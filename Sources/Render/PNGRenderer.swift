import Cairo
import Foundation
import PageModel

/// Renders each page of a paged document to a PNG image, drawn from the same page model as the PDF.
///
/// Not thread-safe: give each task its own renderer.
public final class PNGRenderer {
    /// The resolutions previews can be made at, in dots per inch.
    public static let resolutions: ClosedRange<Double> = 36...600
    private let faces = FontFaceCache()
    private let images = ImageCache(pixelOutput: true)

    public init() {}

    /// The longest side of an image cairo makes, in pixels.
    static let longestSide = 32_767

    /// `points` at `scale` pixels a point, rounded: nil unless that is 1 to ``longestSide`` pixels
    /// (a page too large, or not a finite size, is an error, never a trap).
    static func pixels(_ points: Double, scale: Double) -> Int? {
        let pixels = (points * scale).rounded()
        guard pixels.isFinite, pixels >= 1, pixels <= Double(longestSide) else { return nil }
        return Int(pixels)
    }

    /// One PNG per page, at `dpi` dots per inch on a white background.
    public func render(_ document: PagedDocument, dpi: Double) throws -> [Data] {
        guard Self.resolutions.contains(dpi) else { throw RenderError.resolutionOutOfRange(dpi) }
        let fonts = DocumentFaces(document.fonts, cache: faces)
        let scale = dpi / 72
        return try document.pages.enumerated().map { index, page in
            guard let width = Self.pixels(page.size.width, scale: scale), let height = Self.pixels(page.size.height, scale: scale)
            else { throw RenderError.imageTooLarge(page: index + 1, dpi: dpi) }
            let surface = try ImageSurface(width: width, height: height)
            let context = try Context(surface)
            try context.setColor(red: 1, green: 1, blue: 1)
            try context.fillRectangle(x: 0, y: 0, width: Double(surface.width), height: Double(surface.height))
            try context.scale(scale)
            try context.useUnhintedGlyphs()
            try PageDrawer(context: context, fonts: fonts, images: images, tags: nil).draw(page)
            return try surface.pngData()
        }
    }
}

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
    private let images = ImageCache(decodesJPEG: true)

    public init() {}

    /// One PNG per page, at `dpi` dots per inch on a white background.
    public func render(_ document: PagedDocument, dpi: Double) throws -> [Data] {
        guard Self.resolutions.contains(dpi) else { throw RenderError.resolutionOutOfRange(dpi) }
        let fonts = DocumentFaces(document.fonts, cache: faces)
        let scale = dpi / 72
        return try document.pages.map { page in
            let surface = try ImageSurface(
                width: Int((page.size.width * scale).rounded()), height: Int((page.size.height * scale).rounded()))
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

import Cairo
import Foundation
import PageModel

/// Reads each image file of a document once per renderer and draws it: SVG as vectors through
/// librsvg, PNG through cairo, JPEG embedded as it is (decoded only for pixel output).
final class ImageCache {
    private enum Loaded {
        case svg(SVGImage)
        case raster(ImageSurface)
    }

    /// Whether the output is pixels: JPEGs are decoded and rasters smoothed when scaled. A PDF
    /// embeds a JPEG as it is, and its images are not marked for interpolation, which PDF/A-2
    /// forbids (6.2.9); the viewer smooths them or not.
    private let pixelOutput: Bool
    private var images: [String: Loaded] = [:]

    init(pixelOutput: Bool) {
        self.pixelOutput = pixelOutput
    }

    /// Lets SVG text use `fonts`, so diagrams share the handout's typeface.
    func shareFonts(_ fonts: [FontFile]) {
        SVGImage.useFonts(fonts.map(\.path))
    }

    /// Draws `image` on `context`, scaled to its frame.
    func draw(_ image: PlacedImage, on context: Context) throws {
        let frame = image.frame
        switch try loaded(image) {
        case let .svg(svg):
            try svg.draw(on: context, in: (frame.minX, frame.minY, frame.size.width, frame.size.height))
        case let .raster(surface):
            try context.paint(surface, x: frame.minX, y: frame.minY, width: frame.size.width, height: frame.size.height,
                              smoothed: pixelOutput)
        }
    }

    private func loaded(_ image: PlacedImage) throws -> Loaded {
        if let known = images[image.path] { return known }
        guard let data = FileManager.default.contents(atPath: image.path) else {
            throw RenderError.unreadableImage(path: image.path)
        }
        let loaded: Loaded =
            switch image.format {
            case .svg: .svg(try SVGImage(data: data))
            case .png: .raster(try ImageSurface(pngData: data))
            case .jpeg: .raster(try ImageSurface(jpegData: data, decodingPixels: pixelOutput))
            }
        images[image.path] = loaded
        return loaded
    }
}

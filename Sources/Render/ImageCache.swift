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

    /// Whether raster output needs a JPEG's pixels (a PDF embeds the file instead).
    private let decodesJPEG: Bool
    private var images: [String: Loaded] = [:]

    init(decodesJPEG: Bool) {
        self.decodesJPEG = decodesJPEG
    }

    /// Lets SVG text use the folders `fonts` are in, so diagrams can share the handout's typeface.
    func shareFonts(_ fonts: [FontFile]) {
        for folder in Set(fonts.map { URL(fileURLWithPath: $0.path).deletingLastPathComponent().path }) {
            SVGImage.useFonts(inFolder: folder)
        }
    }

    /// Draws `image` on `context`, scaled to its frame.
    func draw(_ image: PlacedImage, on context: Context) throws {
        let frame = image.frame
        switch try loaded(image) {
        case let .svg(svg):
            try svg.draw(on: context, in: (frame.minX, frame.minY, frame.size.width, frame.size.height))
        case let .raster(surface):
            try context.paint(surface, x: frame.minX, y: frame.minY, width: frame.size.width, height: frame.size.height)
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
            case .jpeg: .raster(try ImageSurface(jpegData: data, decodingPixels: decodesJPEG))
            }
        images[image.path] = loaded
        return loaded
    }
}

import Document
import FigureFiles
import PageModel

extension BlockFlow {
    /// The body size of the standard layout: figures grow with the body size above it.
    static let standardBodySize = 12.5
    /// A figure is never taller than this share of the page's content area.
    static let tallestFigureShare = 0.6

    /// Adds a figure: the image (tagged Figure with its alt text and box, or an artifact when
    /// decorative) and its caption (tagged Caption) kept with it.
    mutating func addFigure(_ figure: Figure, in frame: FlowFrame, space: Double) {
        let size = printedSize(of: figure, measure: frame.width)
        let image = PlacedImage(
            path: figure.path, format: ImageFormat(figure.measurement.format),
            frame: Rect(x: frame.x, y: 0, width: size.width, height: size.height))
        let imageTag: Tag =
            figure.isDecorative
            ? .artifact(.decorativeImage) : .structure(.figure, StructureAttributes(alternativeText: figure.alt, boundingBox: image.frame))
        var line = FlowLine(
            height: size.height, spaceBefore: space, items: [.begin(imageTag), .image(image), .end],
            keepWithNext: !figure.caption.isEmpty, band: frame.band)
        line.isFigure = frame.band == nil
        append(line)
        guard !figure.caption.isEmpty else { return }
        let first = lines.count
        addParagraph(
            [TextSpan(figure.caption)], style: captionStyle, in: frame, space: 0.4 * style.bodySize, keepTogether: false)
        tag(.caption, from: first)
        // A figure is never split from its caption, nor its caption across pages.
        keepTogether(first..<lines.count)
    }

    /// A figure's size on the page: its natural size, grown with the body size in large print,
    /// no wider than the measure, no taller than ``tallestFigureShare`` of the page, and a raster
    /// never below ``FigureMeasurement/minimumDPI``.
    func printedSize(of figure: Figure, measure: Double) -> Size {
        let natural = figure.measurement
        let growth = max(1, style.bodySize / Self.standardBodySize)
        let setup = style.layout.page
        let tallest = Self.tallestFigureShare * (setup.height - setup.marginTop - setup.marginBottom)
        var width = min(natural.width * growth, measure, tallest * natural.width / natural.height)
        if let widest = natural.widestPrintWidth { width = min(width, widest) }
        return Size(width: width, height: width * natural.height / natural.width)
    }

    /// Captions: a little smaller than the body, but never under the layout's smallest text.
    var captionStyle: TextStyle {
        var caption = style.body
        caption.size = max(0.92 * style.bodySize, min(style.layout.text.headerSize, style.layout.text.footerSize))
        caption.base = .boldStyle
        return caption
    }
}

extension ImageFormat {
    init(_ format: FigureFormat) {
        switch format {
        case .svg: self = .svg
        case .png: self = .png
        case .jpeg: self = .jpeg
        }
    }
}

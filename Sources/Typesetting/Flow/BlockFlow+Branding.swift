import Document
import PageModel

extension BlockFlow {
    /// The organisation's logo at the top of page 1, as tall as the layout says (taller in large
    /// print; no wider than the measure), tagged Figure with its alt text, and kept with the title under it.
    mutating func addLogo(_ logo: Figure, in frame: FlowFrame) {
        // In large print the logo grows with the body size, as figures do, so its lettering stays large too.
        let growth = max(1, style.bodySize / Self.standardBodySize)
        let size = Self.logoSize(logo, height: style.layout.branding.logoHeight * growth, widest: frame.width)
        let image = PlacedImage(
            path: logo.path, format: ImageFormat(logo.measurement.format),
            frame: Rect(x: frame.x, y: 0, width: size.width, height: size.height))
        let tag = Tag.structure(.figure, StructureAttributes(alternativeText: logo.alt, boundingBox: image.frame))
        append(FlowLine(
            height: size.height + 0.8 * style.bodySize, spaceBefore: 0, items: [.begin(tag), .image(image), .end],
            keepWithNext: true))
    }

    /// A logo `height` points tall, or narrower to be at most `widest`, keeping its proportions.
    static func logoSize(_ logo: Figure, height: Double, widest: Double) -> Size {
        let natural = logo.measurement
        let width = min(widest, height * natural.width / natural.height)
        return Size(width: width, height: width * natural.height / natural.width)
    }

    /// The "About this leaflet" page: a section of its own, paginated apart so that it ends the
    /// handout; `compact`, its tighter blocks (``AboutLeaflet/compactBlocks``).
    mutating func addAboutPage(_ about: AboutLeaflet, compact: Bool = false, in frame: FlowFrame) {
        section = Self.aboutAnchor
        addSectionTitle([TextSpan(about.title)], anchor: Self.aboutAnchor, in: frame)
        for block in compact ? about.compactBlocks : about.blocks {
            add(block, in: frame, space: style.paragraphSpace)
        }
    }

    /// The place the About page is named.
    static let aboutAnchor = "about-this-leaflet"
}

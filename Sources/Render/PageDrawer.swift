import Cairo
import PageModel

/// Draws page items on a cairo context; shared by the PDF and PNG renderers.
struct PageDrawer {
    let context: Context
    let fonts: DocumentFaces
    let images: ImageCache
    /// Writes structure tags, links and destinations (PDF); without one they are skipped.
    let tags: TagWriter?

    func draw(_ page: Page) throws {
        for item in page.items {
            try draw(item)
        }
        try tags?.endPage()
    }

    private func draw(_ item: PageItem) throws {
        switch item {
        case let .text(run):
            try tags?.willDraw(text: run.text)
            try setColor(run.color)
            try context.setFont(try fonts.face(run.font), size: run.size)
            let glyphs = run.glyphs.map {
                Glyph(index: $0.id, x: run.origin.x + $0.x, y: run.origin.y + $0.y)
            }
            let clusters = run.clusters.map { TextCluster(bytes: $0.bytes, glyphs: $0.glyphs) }
            try context.showTextGlyphs(run.text, glyphs: glyphs, clusters: clusters, backward: run.rightToLeft)
        case let .rule(from, to, width, color):
            try setColor(color)
            try context.strokeLine(fromX: from.x, fromY: from.y, toX: to.x, toY: to.y, width: width)
        case let .box(rect, fill):
            try setColor(fill)
            try context.fillRectangle(x: rect.minX, y: rect.minY, width: rect.size.width, height: rect.size.height)
        case let .image(image):
            try images.draw(image, on: context)
        case let .begin(tag):
            try tags?.begin(tag)
        case .end:
            try tags?.end()
        case let .anchor(name, point):
            try tags?.anchor(name, at: point)
        }
    }

    private func setColor(_ color: Color) throws {
        try context.setColor(red: color.red, green: color.green, blue: color.blue)
    }
}

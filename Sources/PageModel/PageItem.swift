/// Something placed on a page. Renderers match on the cases; they never see layout internals.
public enum PageItem: Hashable, Sendable {
    /// Shaped text.
    case text(GlyphRun)
    /// A straight line from `from` to `to`.
    case rule(from: Point, to: Point, width: Double, color: Color)
    /// A filled rectangle.
    case box(Rect, fill: Color)
    /// An image file drawn in its frame.
    case image(PlacedImage)
    /// Opens a tag (structure element, link or artifact). Tags nest, and may stay open across
    /// pages (a paragraph that continues overleaf); every `begin` has its ``end``.
    case begin(Tag)
    /// Closes the innermost open tag.
    case end
    /// A named place that links and bookmarks can go to.
    case anchor(String, at: Point)

    /// The same item moved by `dx`, `dy`.
    public func offsetBy(dx: Double, dy: Double) -> PageItem {
        func move(_ p: Point) -> Point { Point(x: p.x + dx, y: p.y + dy) }
        func move(_ r: Rect) -> Rect { r.offsetBy(dx: dx, dy: dy) }
        switch self {
        case var .text(run):
            run.origin = move(run.origin)
            return .text(run)
        case let .rule(from, to, width, color): return .rule(from: move(from), to: move(to), width: width, color: color)
        case let .box(rect, fill): return .box(move(rect), fill: fill)
        case var .image(image):
            image.frame = move(image.frame)
            return .image(image)
        case let .begin(.link(target, area)): return .begin(.link(target, area: move(area)))
        case .begin(.structure(let role, var attributes)) where attributes.boundingBox != nil:
            attributes.boundingBox = attributes.boundingBox.map(move)
            return .begin(.structure(role, attributes))
        case .begin, .end: return self
        case let .anchor(name, point): return .anchor(name, at: move(point))
        }
    }
}

/// A finished page: its size and what is placed on it, in drawing order (which is also the
/// reading order of its tagged content).
public struct Page: Hashable, Sendable {
    public var size: Size
    public var items: [PageItem]
    /// The page number as printed on the page, shown by PDF viewers.
    public var label: String?

    public init(size: Size, items: [PageItem], label: String? = nil) {
        self.size = size
        self.items = items
        self.label = label
    }
}

/// A font file that glyph runs refer to by index: face `index` of the file at `path` (a font
/// collection such as Noto CJK holds several faces).
public struct FontFile: Hashable, Sendable {
    public var path: String
    public var index: Int

    public init(path: String, index: Int = 0) {
        self.path = path
        self.index = index
    }
}

/// Information written into the file's metadata. Never holds patient details.
public struct DocumentInfo: Hashable, Sendable {
    public var title: String
    public var subject: String
    public var creator: String
    /// `YYYY-MM-DD`; fixed so identical input gives identical bytes.
    public var date: String
    /// The language of the text, as a BCP 47 tag.
    public var language: String

    public init(title: String, subject: String, creator: String, date: String, language: String = "en-GB") {
        self.title = title
        self.subject = subject
        self.creator = creator
        self.date = date
        self.language = language
    }
}

/// Pages ready to render, with the fonts they may use and the bookmarks that lead into them.
/// Renderers open a font only when a run uses it.
public struct PagedDocument: Hashable, Sendable {
    public var info: DocumentInfo
    public var fonts: [FontFile]
    public var pages: [Page]
    /// Bookmarks in reading order; a level deeper than the one before nests under it.
    public var outline: [OutlineEntry]

    public init(info: DocumentInfo, fonts: [FontFile], pages: [Page], outline: [OutlineEntry] = []) {
        self.info = info
        self.fonts = fonts
        self.pages = pages
        self.outline = outline
    }
}

/// Something placed on a page. Renderers match on the cases; they never see layout internals.
public enum PageItem: Hashable, Sendable {
    /// Shaped text.
    case text(GlyphRun)
    /// A straight line from `from` to `to`.
    case rule(from: Point, to: Point, width: Double, color: Color)
    /// A filled rectangle.
    case box(Rect, fill: Color)
    /// A clickable area that opens `url`.
    case link(Rect, url: String)

    /// The same item moved by `dx`, `dy`.
    public func offsetBy(dx: Double, dy: Double) -> PageItem {
        func move(_ p: Point) -> Point { Point(x: p.x + dx, y: p.y + dy) }
        func move(_ r: Rect) -> Rect { Rect(x: r.minX + dx, y: r.minY + dy, width: r.size.width, height: r.size.height) }
        switch self {
        case var .text(run):
            run.origin = move(run.origin)
            return .text(run)
        case let .rule(from, to, width, color): return .rule(from: move(from), to: move(to), width: width, color: color)
        case let .box(rect, fill): return .box(move(rect), fill: fill)
        case let .link(rect, url): return .link(move(rect), url: url)
        }
    }
}

/// A finished page: its size and what is placed on it, in drawing order.
public struct Page: Hashable, Sendable {
    public var size: Size
    public var items: [PageItem]

    public init(size: Size, items: [PageItem]) {
        self.size = size
        self.items = items
    }
}

/// A font file that glyph runs refer to by index.
public struct FontFile: Hashable, Sendable {
    public var path: String

    public init(path: String) { self.path = path }
}

/// Information written into the file's metadata. Never holds patient details.
public struct DocumentInfo: Hashable, Sendable {
    public var title: String
    public var subject: String
    public var creator: String
    /// `YYYY-MM-DD`; fixed so identical input gives identical bytes.
    public var date: String

    public init(title: String, subject: String, creator: String, date: String) {
        self.title = title
        self.subject = subject
        self.creator = creator
        self.date = date
    }
}

/// Pages ready to render, with the fonts they use.
public struct PagedDocument: Hashable, Sendable {
    public var info: DocumentInfo
    public var fonts: [FontFile]
    public var pages: [Page]

    public init(info: DocumentInfo, fonts: [FontFile], pages: [Page]) {
        self.info = info
        self.fonts = fonts
        self.pages = pages
    }
}

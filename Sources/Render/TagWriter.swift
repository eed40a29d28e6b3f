import Cairo
import PageModel

/// Writes a page model's tags with cairo 1.16, working around two things it cannot do.
///
/// - cairo marks only the content of leaf structure elements, and that marked content lasts until
///   the element ends, even on a later page. So the text of an element that has children (a
///   paragraph with a link), that continues on another page, or that page furniture interrupts, is
///   put in `Span`s of its own, closed before every tag and at the end of each page. All body text
///   is then inside the structure, and nothing else is.
/// - cairo has no `Artifact`: running headers and footers are simply drawn outside every leaf, so
///   they are left out of the structure.
///
/// One writer serves one document, page after page, on one context.
final class TagWriter {
    private enum Open {
        case structure(StructureRole, ordinal: Int)
        case link(ordinal: Int)
        case artifact
    }

    private let context: Context
    /// Ordinals (in document order) of the elements whose own text goes in Spans.
    private let spanned: Set<Int>
    private var open: [Open] = []
    private var elementCount = 0
    private var spanIsOpen = false
    private var artifactDepth = 0

    /// Plans the Spans `pages` need; throws if their tags do not nest.
    init(context: Context, pages: [Page]) throws {
        self.context = context
        spanned = try Self.elementsNeedingSpans(pages)
    }

    /// Elements with children, elements open at a page end and elements open when an artifact
    /// starts: cairo would otherwise mark the wrong content as theirs.
    static func elementsNeedingSpans(_ pages: [Page]) throws -> Set<Int> {
        var needing = Set<Int>()
        var stack: [Int?] = []
        var count = 0
        for (index, page) in pages.enumerated() {
            for item in page.items {
                switch item {
                case .begin(.artifact):
                    needing.formUnion(stack.compactMap { $0 })
                    stack.append(nil)
                case .begin:
                    if let parent = stack.last, let parent { needing.insert(parent) }
                    stack.append(count)
                    count += 1
                case .end:
                    guard stack.popLast() != nil else { throw RenderError.unbalancedTags(page: index + 1) }
                default:
                    continue
                }
            }
            needing.formUnion(stack.compactMap { $0 })
        }
        guard stack.isEmpty else { throw RenderError.unbalancedTags(page: pages.count) }
        return needing
    }

    /// Call before drawing text: opens a Span when the text would otherwise be marked wrongly or not at all.
    func willDrawText() throws {
        guard artifactDepth == 0, !spanIsOpen else { return }
        switch open.last {
        case let .structure(_, ordinal)?, let .link(ordinal)?: if !spanned.contains(ordinal) { return }
        case .artifact?, nil: break
        }
        try context.beginStructure("Span")
        spanIsOpen = true
    }

    func begin(_ tag: Tag) throws {
        try closeSpan()
        switch tag {
        case let .structure(role, _):
            try context.beginStructure(role.rawValue)
            open.append(.structure(role, ordinal: elementCount))
        case let .link(target, area):
            switch target {
            case let .url(url):
                try context.beginLink(url: url, x: area.minX, y: area.minY, width: area.size.width, height: area.size.height)
            case let .destination(name):
                try context.beginLink(
                    destination: name, x: area.minX, y: area.minY, width: area.size.width, height: area.size.height)
            }
            open.append(.link(ordinal: elementCount))
        case .artifact:
            artifactDepth += 1
            open.append(.artifact)
            return
        }
        elementCount += 1
    }

    func end() throws {
        try closeSpan()
        switch open.popLast() {
        case let .structure(role, _)?: try context.endStructure(role.rawValue)
        case .link?: try context.endLink()
        case .artifact?: artifactDepth -= 1
        case nil: return  // init has checked that tags nest
        }
    }

    func anchor(_ name: String, at point: Point) throws {
        try context.addDestination(name, x: point.x, y: point.y)
    }

    /// Call when a page's items are drawn.
    func endPage() throws {
        try closeSpan()
    }

    private func closeSpan() throws {
        guard spanIsOpen else { return }
        try context.endStructure("Span")
        spanIsOpen = false
    }
}

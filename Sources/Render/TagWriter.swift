import Cairo
import PageModel

/// Writes a page model's tags with cairo 1.16, working around two things it cannot do.
///
/// - cairo marks only the content of leaf structure elements, and that marked content lasts until
///   the element ends, even on a later page. So the text of an element that has children (a
///   paragraph with a link), that continues on another page, or that page furniture interrupts, is
///   put in `Span`s of its own, closed before every tag and at the end of each page. All body text
///   is then inside the structure, and nothing else is.
/// - cairo has no `Artifact`: an artifact (a running header or footer, the hyphen of a line
///   break) is drawn in a `NonStruct` element of its own, which the post-step takes out of the
///   structure and turns into an artifact of its kind (``ArtifactKind/properties``).
///
/// It also keeps what cairo cannot write, for the post-step (``PDFPostStep``): every structure
/// element it begins, in order, with its attributes and where cairo puts its marked content
/// (``ElementPlace``, so the post-step finds it without reading the whole structure tree), and the
/// text of every link. An element's language is kept only where it differs from the one it
/// inherits (its parent's, and at the top the document's, which the catalog's `/Lang` gives).
///
/// One writer serves one document, page after page, on one context.
final class TagWriter {
    private enum Open {
        case structure(StructureRole, ordinal: Int)
        case link(ordinal: Int)
        case artifact
    }

    /// The role of the placeholder element an artifact is drawn in until the post-step.
    static let artifactRole = "NonStruct"

    private let context: Context
    /// Ordinals (in document order) of the elements whose own text goes in Spans.
    private let spanned: Set<Int>
    private var open: [Open] = []
    private var elementCount = 0
    private var spanIsOpen = false
    private var artifactDepth = 0
    private let pageHeights: [Double]
    private var pageIndex = 0
    /// The structure elements begun so far, in order: the page model's, the Spans and the Links.
    private var begun: [PDFPostStep.Element] = []
    /// Where each element of `begun` stands in the tree cairo builds from them.
    private var places: [ElementPlace] = []
    /// Indexes into `begun` of the elements open now, innermost last.
    private var openElements: [Int] = []
    /// What each link says, in the order the links were begun, and where it goes.
    private var linkTexts: [String] = []
    private var linkTargets: [LinkTarget] = []
    /// Indexes into `linkTexts` of the links open now, innermost last.
    private var openLinks: [Int] = []
    /// The language of each tag open now, innermost last (below them all, the document's).
    private var languages: [String]

    /// Plans the Spans `pages` need; throws if their tags do not nest. `language` is the document's.
    init(context: Context, pages: [Page], language: String) throws {
        self.context = context
        languages = [language]
        spanned = try Self.elementsNeedingSpans(pages)
        pageHeights = pages.map(\.size.height)
    }

    /// Elements with children (an artifact's placeholder counts as one) and elements open at a
    /// page end: cairo would otherwise mark the wrong content as theirs.
    static func elementsNeedingSpans(_ pages: [Page]) throws -> Set<Int> {
        var needing = Set<Int>()
        var stack: [Int] = []
        var count = 0
        for (index, page) in pages.enumerated() {
            for item in page.items {
                switch item {
                case .begin:
                    if let parent = stack.last { needing.insert(parent) }
                    stack.append(count)
                    count += 1
                case .end:
                    guard stack.popLast() != nil else { throw RenderError.unbalancedTags(page: index + 1) }
                default:
                    continue
                }
            }
            needing.formUnion(stack)
        }
        guard stack.isEmpty else { throw RenderError.unbalancedTags(page: pages.count) }
        return needing
    }

    /// What each link says, in the order begun: its text, or its web address when it has none.
    var linkContents: [String] {
        zip(linkTexts, linkTargets).map { text, target in
            let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            switch target {
            case _ where !words.isEmpty: return words
            case let .url(url): return url
            case .destination: return "Link"
            }
        }
    }

    /// Begins the element that holds the whole document.
    func beginDocument() throws {
        try context.beginStructure("Document")
        record(PDFPostStep.Element(role: "Document"))
    }

    func endDocument() throws {
        try context.endStructure("Document")
        openElements.removeLast()
    }

    /// Every structure element begun, in order, each with the marked content the post-step finds
    /// it by (``ElementPlace/locate(_:)``). Call when the document is drawn.
    var elements: [PDFPostStep.Element] {
        let found = ElementPlace.locate(places)
        return zip(begun, found).map { element, location in
            var element = element
            element.location = location
            return element
        }
    }

    /// How many marked-content sequences cairo numbers on each page (its leaf elements begun there).
    var markedContentCounts: [Int] {
        ElementPlace.markedContentCounts(places, pageCount: pageHeights.count)
    }

    private func record(_ element: PDFPostStep.Element) {
        if let parent = openElements.last { places[parent].hasChildren = true }
        openElements.append(begun.count)
        places.append(ElementPlace(page: pageIndex, depth: openElements.count))
        begun.append(element)
    }

    /// Call before drawing `text`: opens a Span when the text would otherwise be marked wrongly or
    /// not at all, and adds the text to what the open link says.
    func willDraw(text: String) throws {
        guard artifactDepth == 0 else { return }
        if let link = openLinks.last { linkTexts[link] += linkTexts[link].isEmpty ? text : " " + text }
        guard !spanIsOpen else { return }
        switch open.last {
        case let .structure(_, ordinal)?, let .link(ordinal)?: if !spanned.contains(ordinal) { return }
        case .artifact?, nil: break
        }
        try context.beginStructure("Span")
        record(PDFPostStep.Element(role: "Span"))
        spanIsOpen = true
    }

    func begin(_ tag: Tag) throws {
        try closeSpan()
        switch tag {
        case let .structure(role, attributes):
            try context.beginStructure(role.rawValue)
            var attributes = attributes
            let inherited = languages[languages.count - 1]
            if let language = attributes.language, language.lowercased() == inherited.lowercased() { attributes.language = nil }
            languages.append(attributes.language ?? inherited)
            record(element(role, attributes))
            open.append(.structure(role, ordinal: elementCount))
        case let .link(target, area):
            switch target {
            case let .url(url):
                try context.beginLink(url: url, x: area.minX, y: area.minY, width: area.size.width, height: area.size.height)
            case let .destination(name):
                try context.beginLink(
                    destination: name, x: area.minX, y: area.minY, width: area.size.width, height: area.size.height)
            }
            record(PDFPostStep.Element(role: "Link"))
            openLinks.append(linkTexts.count)
            linkTexts.append("")
            linkTargets.append(target)
            open.append(.link(ordinal: elementCount))
        case let .artifact(kind):
            try context.beginStructure(Self.artifactRole)
            record(PDFPostStep.Element(role: Self.artifactRole, artifact: kind.properties))
            artifactDepth += 1
            open.append(.artifact)
        }
        elementCount += 1
    }

    func end() throws {
        try closeSpan()
        let ending = open.popLast()
        if ending != nil { openElements.removeLast() }
        switch ending {
        case let .structure(role, _)?:
            try context.endStructure(role.rawValue)
            languages.removeLast()
        case .link?:
            try context.endLink()
            openLinks.removeLast()
        case .artifact?:
            try context.endStructure(Self.artifactRole)
            artifactDepth -= 1
        case nil: return  // init has checked that tags nest
        }
    }

    func anchor(_ name: String, at point: Point) throws {
        try context.addDestination(name, x: point.x, y: point.y)
    }

    /// Call when a page's items are drawn.
    func endPage() throws {
        try closeSpan()
        pageIndex += 1
    }

    /// The element for the post-step, with its bounding box turned into PDF user space (y up).
    private func element(_ role: StructureRole, _ attributes: StructureAttributes) -> PDFPostStep.Element {
        let height = pageHeights.indices.contains(pageIndex) ? pageHeights[pageIndex] : 0
        return PDFPostStep.Element(
            role: role.rawValue, alternativeText: attributes.alternativeText, language: attributes.language,
            headerScope: attributes.headerScope?.rawValue,
            boundingBox: attributes.boundingBox.map { [$0.minX, height - $0.maxY, $0.maxX, height - $0.minY] },
            continuesPrevious: attributes.continuesPrevious)
    }

    private func closeSpan() throws {
        guard spanIsOpen else { return }
        try context.endStructure("Span")
        openElements.removeLast()
        spanIsOpen = false
    }
}

extension ArtifactKind {
    /// The artifact's property list entries (ISO 32000-1, 14.8.2.2.1), in PDF syntax.
    var properties: String {
        switch self {
        case .header: "/Type /Pagination /Subtype /Header"
        case .footer: "/Type /Pagination /Subtype /Footer"
        case .lineEndHyphen, .decorativeImage: "/Type /Layout"
        case .repeatedTableHeader: "/Type /Pagination"
        }
    }
}

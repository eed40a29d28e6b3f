import Document
import PageModel

/// The pages that fill a saddle-stitched booklet up to a multiple of 4.
struct BookletPadding {
    /// A "Notes" page with writing lines, when any padding is needed.
    var notesPages: [[PlacedLine]] = []
    /// Pages left blank after it.
    var blankPages = 0
}

extension Typesetter {
    /// Padding for a layout imposed as a booklet: the first missing page is a "Notes" page (numbered,
    /// with header and footer), any others are blank. Layouts printed page by page get none.
    func bookletPadding(after pageCount: Int, frame: FlowFrame, style: TypesetStyle, contentHeight: Double) -> BookletPadding {
        let missing = style.layout.isImposed ? SaddleStitch.paddedPageCount(pageCount) - pageCount : 0
        guard missing > 0 else { return BookletPadding() }
        return BookletPadding(
            notesPages: [writingPage(title: style.strings.notesTitle, frame: frame, style: style, contentHeight: contentHeight)],
            blankPages: missing - 1)
    }

    /// The number of the first of `backPages` pages that end the handout after `front` pages,
    /// once a booklet is padded between them (see ``bookletPadding(after:frame:style:contentHeight:)``).
    static func backPageNumber(after front: Int, backPages: Int, imposed: Bool) -> Int {
        let padding = imposed ? SaddleStitch.paddedPageCount(front + backPages) - (front + backPages) : 0
        return front + padding + 1
    }

    /// The place a page of writing lines is named, e.g. `page-my-questions`.
    static func writingPageAnchor(_ title: String) -> String {
        "page-" + title.lowercased().split(separator: " ").joined(separator: "-")
    }

    /// Never more writing lines than this on one page (A3 at the smallest body size holds about 40).
    static let mostWritingLines = 200

    /// How many writing lines `spacing` apart fit in `room` points: none when nothing fits or the
    /// sizes are not finite numbers, and at most ``mostWritingLines`` (a clamp, so that no size
    /// ever traps the conversion to a count).
    static func writingLineCount(room: Double, spacing: Double) -> Int {
        let lines = (room / spacing).rounded(.down)
        guard lines.isFinite, lines > 0 else { return 0 }
        return Int(min(lines, Double(mostWritingLines)))
    }

    /// A page with `title`, an optional line of `intro`, and thin ruled lines for handwriting
    /// down to the foot of the page.
    func writingPage(title: String, intro: String? = nil, frame: FlowFrame, style: TypesetStyle, contentHeight: Double) -> [PlacedLine] {
        var flow = BlockFlow(setter: setter, style: style)
        flow.addSectionTitle([TextSpan(title)], anchor: Self.writingPageAnchor(title), in: frame)
        if let intro { flow.add(.paragraph([TextSpan(intro)]), in: frame, space: 0) }
        let titleHeight = flow.lines.dropFirst().reduce(flow.lines.first?.height ?? 0) { $0 + $1.spaceBefore + $1.height }
        let spacing = 2.2 * style.bodySize
        let thickness = 0.5
        let ruleHeight = BlockFlow.ruleHeight(thickness: thickness)
        for _ in 0..<Self.writingLineCount(room: contentHeight - titleHeight, spacing: spacing) {
            flow.addRule(in: frame, space: spacing - ruleHeight, color: style.muted, thickness: thickness)
        }
        return Paginator(contentHeight: contentHeight).pages(flow.lines).first ?? []
    }
}

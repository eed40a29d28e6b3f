import Document
import PageModel

/// Where a block is set: its left edge and width inside the content area, and any callout band.
struct FlowFrame {
    var x: Double
    var width: Double
    var band: Band?
}

/// Turns blocks into flow lines: breaks paragraphs into lines and stacks them with spacing,
/// list labels, callout bands and keep rules, wrapped in structure tags (P, H1-H3, L, LI, Lbl,
/// LBody, BlockQuote) with an anchor and a bookmark for every heading. Produces values; pages come later.
struct BlockFlow {
    let setter: ParagraphSetter
    /// The layout's style, in the language of the section being set.
    var style: TypesetStyle
    private(set) var lines: [FlowLine] = []
    /// Bookmarks for the headings added, in order.
    private(set) var outline: [OutlineEntry] = []
    /// Names the anchors of headings inside blocks: `<section>-<n>`.
    var section = ""
    /// Overrides the next block's space before (after a heading, say).
    private var nextSpace: Double?
    /// Lines of text still owed to the last heading: the page may not break until they are set.
    private var linesOwedToHeading = 0

    init(setter: ParagraphSetter, style: TypesetStyle) {
        self.setter = setter
        self.style = style
    }

    var shaper: Shaper { setter.shaper }

    /// Adds `block` in `frame`, `space` above it unless a heading just set a smaller space.
    mutating func add(_ block: Block, in frame: FlowFrame, space: Double) {
        let space = nextSpace ?? space
        nextSpace = nil
        let first = lines.count
        switch block {
        case let .paragraph(spans):
            addParagraph(spans, style: style.body, in: frame, space: space, keepTogether: false)
            if Self.introducesWhatFollows(spans), !lines.isEmpty { lines[lines.count - 1].keepWithNext = true }
            tag(.paragraph, from: first)
        case let .heading(level, spans):
            addHeading(
                spans, level: level, anchor: "\(section)-\(outline.count + 1)", in: frame,
                space: style.spaceBefore(headingLevel: level))
            nextSpace = style.spaceAfterHeading
            linesOwedToHeading = Self.linesKeptWithHeading
        case let .list(list):
            addList(list, in: frame, space: space, depth: 0)
            tag(.list, from: first)
        case let .callout(blocks):
            addCallout(blocks, in: frame, space: space)
            tag(.blockQuote, from: first)
        case .rule:
            addRule(in: frame, space: space, color: style.muted, thickness: 0.75)
        }
    }

    /// Adds a paragraph set in `style`. Lines of a heading (`keepTogether`) stay with what follows;
    /// other paragraphs keep at least two lines together at each end, and a page never ends
    /// with a hyphenated word when it can end elsewhere. A heading is made smaller if need be so
    /// that its longest word fits the measure, but never smaller than the body text.
    mutating func addParagraph(_ spans: [TextSpan], style textStyle: TextStyle, in frame: FlowFrame, space: Double, keepTogether: Bool) {
        let paragraph = setter.set(
            spans, style: textStyle, x: frame.x, width: frame.width, smallestHeadingSize: keepTogether ? style.bodySize : nil)
        for (index, line) in paragraph.lines.enumerated() {
            let isOrphan = index == 0 && paragraph.lines.count > 1
            let isBeforeWidow = index == paragraph.lines.count - 2
            append(FlowLine(
                height: paragraph.lineHeight, spaceBefore: index == 0 ? space : 0, items: line.items,
                keepWithNext: keepTogether || isOrphan || isBeforeWidow || line.endsWithHyphen, band: frame.band,
                glossaryTerms: line.glossaryTerms))
        }
    }

    /// Adds `line`. Until the last heading has the lines of text it keeps (see
    /// ``linesKeptWithHeading``), the page may not break after it.
    private mutating func append(_ line: FlowLine) {
        var line = line
        if linesOwedToHeading > 0 {
            if line.items.contains(where: \.isText) { linesOwedToHeading -= 1 }
            if linesOwedToHeading > 0 { line.keepWithNext = true }
        }
        lines.append(line)
    }

    /// A heading stays on the page with at least this many lines of what follows it.
    static let linesKeptWithHeading = 2

    /// Adds a heading of `level` (1-3) whose place is named `anchor`, with a bookmark to it.
    mutating func addHeading(_ spans: [TextSpan], level: Int, anchor: String, in frame: FlowFrame, space: Double) {
        let first = lines.count
        addParagraph(spans, style: style.heading(level: level), in: frame, space: space, keepTogether: true)
        guard first < lines.count else { return }
        tag(.heading(level: level), from: first)
        lines[first].items.insert(.anchor(anchor, at: Point(x: frame.x, y: 0)), at: 0)
        outline.append(OutlineEntry(title: spans.map(\.text).joined(), level: level, destination: anchor))
    }

    /// Wraps the lines from `first` to the last in a structure element (if there are any), in the
    /// language being set: Render writes it as `/Lang` where it differs from the document's.
    mutating func tag(_ role: StructureRole, from first: Int) {
        wrap(.structure(role, StructureAttributes(language: style.language.value)), from: first)
    }

    /// Wraps the items of the lines from `first` to the last in `tag` (if there are any).
    mutating func wrap(_ tag: Tag, from first: Int) {
        guard first < lines.count else { return }
        lines[first].items.insert(.begin(tag), at: 0)
        lines[lines.count - 1].items.append(.end)
    }

    /// Adds `items` at the end of the line at `index`.
    mutating func append(_ items: [PageItem], toLineAt index: Int) {
        lines[index].items += items
    }

    /// Sets the items of the line at `index` (to tag parts of it).
    mutating func setItems(_ items: [PageItem], ofLineAt index: Int) {
        lines[index].items = items
    }

    /// Where the baseline sits below a line's top so the text is centred in the line.
    func baselineOffset(size: Double, lineHeight: Double) -> Double {
        shaper.fontSet.baselineOffset(size: size, lineHeight: lineHeight)
    }

    /// Adds a list; in a right-to-left language its items are indented from the right, labels on the right.
    private mutating func addList(_ list: ListBlock, in frame: FlowFrame, space: Double, depth: Int) {
        let rightToLeft = style.rightToLeft
        let inner = FlowFrame(
            x: rightToLeft ? frame.x : frame.x + style.listIndent, width: frame.width - style.listIndent, band: frame.band)
        for (number, item) in list.items.enumerated() {
            let label = list.ordered ? "\(list.start + number)." : ["•", "–", "◦"][min(depth, 2)]
            let firstLine = lines.count
            for (index, block) in item.enumerated() {
                let blockSpace = index == 0 ? (number == 0 ? space : style.listItemSpace) : style.listItemSpace
                if case let .list(nested) = block {
                    addList(nested, in: inner, space: blockSpace, depth: depth + 1)
                } else {
                    add(block, in: inner, space: blockSpace)
                }
            }
            if firstLine < lines.count {
                tag(.listBody, from: firstLine)
                let gap = 0.45 * style.bodySize
                attachLabel(label, to: firstLine, edge: rightToLeft ? inner.x + inner.width + gap : inner.x - gap, rightToLeft: rightToLeft)
                tag(.listItem, from: firstLine)
            }
            // An item's first two lines stay together, whatever blocks they come from.
            if lines.count - firstLine >= 2 { lines[firstLine].keepWithNext = true }
        }
    }

    /// Puts a list label in the gutter, on the baseline of the item's first line: ending at `edge`,
    /// or starting there when the list reads right to left (the label is then reordered as such).
    private mutating func attachLabel(_ label: String, to lineIndex: Int, edge: Double, rightToLeft: Bool) {
        let collected = WordCollector(shaper: shaper).collect([TextSpan(label)], style: style.body)
        let width = collected.words.reduce(0) { $0 + $1.width }
        let lineHeight = lines[lineIndex].height
        let baseline = baselineOffset(size: style.bodySize, lineHeight: lineHeight)
        let items = LineAssembler(shaper: shaper).items(
            collected.words, x: rightToLeft ? edge : edge - width, baseline: baseline, lineHeight: lineHeight,
            rightToLeft: collected.rightToLeft)
        lines[lineIndex].items.insert(contentsOf: [.begin(.structure(.label))] + items + [.end], at: 0)
    }

    private mutating func addCallout(_ blocks: [Block], in frame: FlowFrame, space: Double) {
        let padding = style.calloutPadding
        // The accent bar is on the side the text starts from: the right in a right-to-left language.
        let band = Band(x: frame.x, width: frame.width, fill: style.callout, bar: style.accent, barOnRight: style.rightToLeft)
        let inner = FlowFrame(
            x: frame.x + padding + (style.rightToLeft ? 0 : Band.barWidth), width: frame.width - Band.barWidth - 2 * padding,
            band: band)
        let first = lines.count
        append(FlowLine(height: padding, spaceBefore: space, items: [], keepWithNext: true, band: band))
        for (index, block) in blocks.enumerated() {
            add(block, in: inner, space: index == 0 ? 0 : style.paragraphSpace)
        }
        append(FlowLine(height: padding, spaceBefore: 0, items: [], band: band))
        // A short callout is never split; the line before the bottom padding always stays with it.
        let keepWhole = lines.count - first <= Self.shortCalloutLines + 2
        for index in first..<(lines.count - 1) where keepWhole || index == lines.count - 2 {
            lines[index].keepWithNext = true
        }
    }

    /// A paragraph ending in a colon ("You might also have:") stays with the list it introduces.
    static func introducesWhatFollows(_ spans: [TextSpan]) -> Bool {
        spans.last?.text.last(where: { !$0.isWhitespace }) == ":"
    }

    /// Callouts with at most this many lines of text stay on one page.
    static let shortCalloutLines = 8

    /// Adds a horizontal rule across the frame.
    mutating func addRule(in frame: FlowFrame, space: Double, color: Color, thickness: Double, keepWithNext: Bool = false) {
        let height = Self.ruleHeight(thickness: thickness)
        let y = height / 2
        append(FlowLine(
            height: height, spaceBefore: space,
            items: [.rule(from: Point(x: frame.x, y: y), to: Point(x: frame.x + frame.width, y: y), width: thickness, color: color)],
            keepWithNext: keepWithNext, band: frame.band))
    }

    /// The height of the flow line that holds a rule of `thickness`.
    static func ruleHeight(thickness: Double) -> Double { thickness + 2 }

    /// Makes the next block start `space` below what came before.
    mutating func setNextSpace(_ space: Double) { nextSpace = space }
}

extension PageItem {
    /// Whether this is a run of text (not a rule, box or link).
    fileprivate var isText: Bool {
        if case .text = self { return true }
        return false
    }
}

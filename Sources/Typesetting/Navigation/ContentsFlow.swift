import Document
import PageModel

/// The table of contents: a "Contents" heading, then one entry per section: its title, a dotted
/// leader and its page number set flush with the far side, the whole entry a link to the section.
///
/// Page numbers get a column wide enough for three digits whatever they are, so the contents
/// take the same lines on every pass and the pages after them stay where they were.
struct ContentsFlow {
    static let anchor = "contents"

    let setter: ParagraphSetter
    let style: TypesetStyle

    private var shaper: Shaper { setter.shaper }

    /// The contents for `entries`, numbered from `pages` (anchor to page number; unknown ones are left blank).
    func lines(_ entries: [OutlineEntry], pages: [String: Int], in frame: FlowFrame) -> [FlowLine] {
        var flow = BlockFlow(setter: setter, style: style)
        flow.addSectionTitle([TextSpan(style.strings.contents)], anchor: Self.anchor, in: frame)
        let firstEntry = flow.lines.count
        let digit = (0...9).map { shaper.width(String($0), font: 0, size: style.bodySize) }.max() ?? 0
        let widestNumber = entries.compactMap { pages[$0.destination] }.max().map { String($0).count } ?? 1
        let columns = Columns(titleWidth: frame.width - 3 * digit - style.bodySize, leaderEnd: frame.width - Double(widestNumber) * digit - style.bodySize / 2)
        for entry in entries {
            addEntry(entry, page: pages[entry.destination], columns: columns, to: &flow, in: frame)
        }
        flow.tag(.tableOfContents, from: firstEntry)
        return flow.lines
    }

    /// How wide titles may be (all but room for three digits and a gap, on every pass) and how
    /// far from the frame's far side leaders stop (just short of the widest number printed).
    private struct Columns {
        var titleWidth: Double
        var leaderEnd: Double
    }

    /// An entry: the title from the side the language starts on, the page number flush with the
    /// other side, and leader dots between them (in a right-to-left language the title is on the
    /// right, the numbers on the left). The link covers the whole entry; its text is the title and
    /// the number, and the dots are left out of it, as layout artifacts.
    private func addEntry(_ entry: OutlineEntry, page: Int?, columns: Columns, to flow: inout BlockFlow, in frame: FlowFrame) {
        let rightToLeft = style.rightToLeft
        let titleFrame = FlowFrame(x: rightToLeft ? frame.x + frame.width - columns.titleWidth : frame.x, width: columns.titleWidth, band: nil)
        let first = flow.lines.count
        flow.addParagraph([TextSpan(entry.title)], style: style.body, in: titleFrame, space: 0.45 * style.bodySize, keepTogether: true)
        guard first < flow.lines.count else { return }
        let last = flow.lines.count - 1
        let lineHeight = flow.lines[last].height
        let baseline = flow.baselineOffset(size: style.bodySize, lineHeight: lineHeight)
        var number: [PageItem] = []
        var words = WordCollector(shaper: shaper).words([TextSpan(page.map(String.init) ?? "")], style: style.body)
        if !words.isEmpty {
            // An (invisible) space before the number keeps "Symptoms 3" apart when the entry is read as text.
            let space = WordPart(
                text: " ", font: words[0].spaceFont, size: style.bodySize, color: style.text, link: nil, width: words[0].spaceWidth)
            words[0].parts.insert(space, at: 0)
            let x = rightToLeft ? frame.x - space.width : frame.x + frame.width - words[0].width
            number = LineAssembler(shaper: shaper).items(words, x: x, baseline: baseline, lineHeight: lineHeight)
        }
        let titleRuns = flow.lines[last].items.compactMap { item -> GlyphRun? in
            if case let .text(run) = item { run } else { nil }
        }
        let gap = style.bodySize / 2
        let leader = rightToLeft
            ? dots(
                from: frame.x + frame.width - columns.leaderEnd, to: (titleRuns.map(\.origin.x).min() ?? titleFrame.x) - gap,
                baseline: baseline, origin: frame.x)
            : dots(
                from: titleRuns.reduce(frame.x) { max($0, $1.origin.x + $1.width) } + gap, to: frame.x + columns.leaderEnd,
                baseline: baseline, origin: frame.x)
        let height = flow.lines[first...last].reduce(0) { $0 + $1.height }
        flow.append(number, toLineAt: last)
        flow.wrap(.link(.destination(entry.destination), area: Rect(x: frame.x, y: 0, width: frame.width, height: height)), from: first)
        flow.append(leader, toLineAt: last)
        flow.tag(.tableOfContentsItem, from: first)
    }

    /// A leader shorter than this many dots looks like stray punctuation, so it is left out.
    static let fewestDots = 3

    /// Leader dots between `start` and `end`, on a grid from `origin` so dots line up from entry to entry.
    private func dots(from start: Double, to end: Double, baseline: Double, origin: Double) -> [PageItem] {
        let pitch = 0.5 * style.bodySize
        let size = 0.12 * style.bodySize
        var x = origin + (((start - origin) / pitch).rounded(.up)) * pitch
        var items: [PageItem] = []
        while x + size <= end {
            items.append(.box(Rect(x: x, y: baseline - size, width: size, height: size), fill: style.muted))
            x += pitch
        }
        return items.count >= Self.fewestDots ? items : []
    }
}

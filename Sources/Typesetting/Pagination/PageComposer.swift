import Document
import PageModel

/// Turns placed lines into finished pages: callout bands, the running header with the handout
/// title (from page 2), and the footer "Page N of M". Header and footer are artifacts, outside
/// the document's structure; each page is labelled with its printed number.
struct PageComposer {
    let shaper: Shaper
    let style: TypesetStyle
    let title: String
    /// A logo for the right of the running header, if the layout asks for one.
    var logo: Figure? = nil

    /// The finished pages, followed by `blankPages` pages left empty (unnumbered), then the `back`
    /// pages (the About page, which ends a booklet). With back pages, the blank ones count in the
    /// numbers, so every page's number is its place in the handout.
    func pages(_ placed: [[PlacedLine]], blankPages: Int = 0, back: [[PlacedLine]] = []) -> [Page] {
        let setup = style.layout.page
        let blank = Page(size: Size(width: setup.width, height: setup.height), items: [])
        let total = placed.count + back.count + (back.isEmpty ? 0 : blankPages)
        // The running header is the same on every page that has one: it is set once.
        let header = total > 1 ? [.begin(.artifact(.header))] + header() + [.end] : []
        let front = placed.enumerated().map { composed($1, number: $0 + 1, of: total, header: header) }
        let last = back.enumerated().map {
            composed($1, number: placed.count + blankPages + $0 + 1, of: total, header: header)
        }
        return front + Array(repeating: blank, count: blankPages) + last
    }

    /// Page `number` of `total`, with the `header` items from page 2 on.
    private func composed(_ lines: [PlacedLine], number: Int, of total: Int, header: [PageItem]) -> Page {
        let setup = style.layout.page
        var items: [PageItem] = bands(lines)
        for placedLine in lines {
            items += placedLine.line.items.map { $0.offsetBy(dx: setup.marginLeft, dy: setup.marginTop + placedLine.top) }
        }
        if number > 1 { items += header }
        items += [.begin(.artifact(.footer))] + footer(page: number, of: total) + [.end]
        return Page(size: Size(width: setup.width, height: setup.height), items: items, label: String(number))
    }

    /// One tinted box and accent bar per run of lines that share a band.
    private func bands(_ lines: [PlacedLine]) -> [PageItem] {
        var items: [PageItem] = []
        var index = 0
        let setup = style.layout.page
        while index < lines.count {
            guard let band = lines[index].line.band else { index += 1; continue }
            let top = lines[index].top - lines[index].spaceAbove
            var end = index
            while end + 1 < lines.count, lines[end + 1].line.band == band { end += 1 }
            let bottom = lines[end].top + lines[end].line.height
            let y = setup.marginTop + top
            items.append(.box(Rect(x: setup.marginLeft + band.x, y: y, width: band.width, height: bottom - top), fill: band.fill))
            items.append(.box(Rect(x: setup.marginLeft + band.barX, y: y, width: Band.barWidth, height: bottom - top), fill: band.bar))
            index = end + 1
        }
        return items
    }

    private func textLine(_ text: String, size: Double, color: Color, alignRightAt right: Double? = nil, x: Double, baseline: Double) -> [PageItem] {
        let textStyle = TextStyle(size: size, color: color, linkColor: color, lineHeight: 1)
        let words = WordCollector(shaper: shaper).words([TextSpan(text)], style: textStyle)
        let width = words.reduce(0) { $0 + $1.width } + words.dropLast().reduce(0) { $0 + $1.spaceWidth }
        let start = right.map { $0 - width } ?? x
        return LineAssembler(shaper: shaper).items(words, x: start, baseline: baseline, lineHeight: size)
    }

    private func header() -> [PageItem] {
        let setup = style.layout.page
        let size = style.layout.text.headerSize
        let baseline = setup.marginTop * 0.5
        let ruleY = baseline + size * 0.55
        let right = setup.width - setup.marginRight
        var logoItems: [PageItem] = []
        var measure = right - setup.marginLeft
        if let logo {
            // As tall as the header text and a little more, standing on the rule at the end of the line.
            let area = BlockFlow.logoSize(logo, height: 1.6 * size, widest: measure / 3)
            let x = style.rightToLeft ? setup.marginLeft : right - area.width
            logoItems = [.image(PlacedImage(
                path: logo.path, format: ImageFormat(logo.measurement.format),
                frame: Rect(x: x, y: ruleY - 2 - area.height, width: area.width, height: area.height)))]
            measure -= area.width + size
        }
        let shown = runningTitle(size: size, measure: measure)
        // The title starts on the side its language does: on the right for a right-to-left one.
        let start = style.rightToLeft ? right : nil
        return textLine(shown, size: size, color: style.muted, alignRightAt: start, x: setup.marginLeft, baseline: baseline) + logoItems + [
            .rule(from: Point(x: setup.marginLeft, y: ruleY), to: Point(x: right, y: ruleY), width: 0.6, color: style.muted)
        ]
    }

    /// "Page N of M" at the foot of the page, in the outer corner: on the right, except on the
    /// left-hand (even) pages of a booklet.
    private func footer(page: Int, of count: Int) -> [PageItem] {
        let setup = style.layout.page
        let baseline = setup.height - setup.marginBottom * 0.45
        let isLeftHandPage = style.layout.booklet != nil && page % 2 == 0
        return textLine(
            style.strings.footer(page: page, of: count), size: style.layout.text.footerSize, color: style.text,
            alignRightAt: isLeftHandPage ? nil : setup.width - setup.marginRight, x: setup.marginLeft, baseline: baseline)
    }
}

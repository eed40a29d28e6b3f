/// A flow line placed on a page: its top within the content area and the space kept above it.
struct PlacedLine {
    var line: FlowLine
    var top: Double
    var spaceAbove: Double
}

/// Fills pages with flow lines, first fit, breaking only where keep rules allow.
///
/// Each page takes the longest run of lines that fits, then backs off to the last line that may
/// end a page (one without `keepWithNext`). When a whole page is one unbreakable chain, it breaks
/// where the page is full. A line marked `startsPage` always opens a page. Every page takes at
/// least one line, so pagination always ends.
struct Paginator {
    let contentHeight: Double

    func pages(_ lines: [FlowLine]) -> [[PlacedLine]] {
        var pages: [[PlacedLine]] = []
        var start = 0
        while start < lines.count {
            var used = 0.0
            var next = start
            var lastAllowedEnd: Int?
            while next < lines.count {
                if next > start, lines[next].startsPage {
                    lastAllowedEnd = next
                    break
                }
                let space = next == start ? 0 : lines[next].spaceBefore
                if next > start, lines[next].startsPage || used + space + lines[next].height > contentHeight { break }
                used += space + lines[next].height
                next += 1
                if !lines[next - 1].keepWithNext { lastAllowedEnd = next }
            }
            let end = next == lines.count || lines[next].startsPage ? next : (lastAllowedEnd ?? next)
            var top = 0.0
            pages.append((start..<end).map { index in
                let space = index == start ? 0 : lines[index].spaceBefore
                top += space
                defer { top += lines[index].height }
                return PlacedLine(line: lines[index], top: top, spaceAbove: space)
            })
            start = end
        }
        return pages
    }
}

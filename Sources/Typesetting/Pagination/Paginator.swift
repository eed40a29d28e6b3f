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
///
/// Figures float: a figure (with its caption) that does not fit in what is left of a page moves
/// on, and the text after it fills the gap. It is set again where the next block starts after the
/// page's end, so it never lands inside a paragraph or list, and figures keep their order. A
/// figure that something before it keeps with (a paragraph ending in a colon) does not float: the
/// two move to the next page together.
///
/// A table that goes on over a page opens the next page with its header row again (a copy, as an
/// artifact: see ``FlowLine/tableHeader``).
struct Paginator {
    let contentHeight: Double

    func pages(_ flowLines: [FlowLine]) -> [[PlacedLine]] {
        var lines = flowLines
        var startsBlock = Self.blockStarts(lines)
        var pages: [[PlacedLine]] = []
        var start = 0
        while start < lines.count {
            let header = start > 0 ? lines[start].tableHeader : []
            if !header.isEmpty {
                // A table goes on over the page: its header row opens the page again.
                lines.insert(contentsOf: header, at: start)
                startsBlock.insert(contentsOf: header.map { _ in false }, at: start)
            }
            var used = 0.0
            var next = start
            var lastAllowedEnd: Int?
            var floated: Range<Int>?
            var floatedLines: [FlowLine] = []
            while next < lines.count {
                if next > start, lines[next].startsPage {
                    lastAllowedEnd = next
                    break
                }
                let space = next == start ? 0 : lines[next].spaceBefore
                if next > start, lines[next].isFigure, startsBlock[next], !lines[next - 1].keepWithNext {
                    let chain = Self.chain(from: next, in: lines)
                    let height = lines[chain].reduce(0) { $0 + $1.height } + space
                    if used + height > contentHeight {
                        // A second figure that does not fit either stays behind the first.
                        if floated != nil { lastAllowedEnd = next; break }
                        floated = chain
                        floatedLines = Array(lines[chain])
                        lines.removeSubrange(chain)
                        startsBlock.removeSubrange(chain)
                        continue
                    }
                }
                if next > start, used + space + lines[next].height > contentHeight { break }
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
            if floated != nil {
                let place = (end..<lines.count).first { startsBlock[$0] } ?? lines.count
                lines.insert(contentsOf: floatedLines, at: place)
                startsBlock.insert(contentsOf: [true] + Array(repeating: false, count: floatedLines.count - 1), at: place)
            }
            start = end
        }
        return pages
    }

    /// The figure at `index` and the lines kept with it (its caption).
    static func chain(from index: Int, in lines: [FlowLine]) -> Range<Int> {
        var end = index
        while end < lines.count - 1, lines[end].keepWithNext { end += 1 }
        return index..<(end + 1)
    }

    /// Whether each line starts outside every structure element: between blocks, where a
    /// floating figure may be set without landing inside a paragraph or list.
    static func blockStarts(_ lines: [FlowLine]) -> [Bool] {
        var depth = 0
        return lines.map { line in
            defer {
                for item in line.items {
                    if case .begin = item { depth += 1 } else if case .end = item { depth -= 1 }
                }
            }
            return depth == 0
        }
    }
}

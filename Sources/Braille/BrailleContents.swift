/// The contents pages: each topic (and the glossary) with its braille page number at the
/// right margin, guide dots leading to it.
struct BrailleContents {
    let pager: BraillePager
    /// The heading, in the content folder's language.
    let title: String

    /// Dot 5, the guide dot between an entry and its page number.
    static let guideDot = UInt8(ascii: "\"")
    /// Guide dots an entry has at the least.
    static let minimumGuideDots = 2

    /// The contents pages for `entries` (pages counted from 0 within the body). They start on
    /// page `firstPage`, and the body follows them, after `bodyOffset` pages and the contents.
    func pages(listing entries: [(title: String, page: Int)], firstPage: Int, bodyOffset: Int) throws -> [[[UInt8]]] {
        var count = 1
        while true {
            let numbers = entries.map { bodyOffset + count + $0.page + 1 }
            var heading = BrailleParagraph.heading(title, level: 1, place: .fixedText)
            heading.blankBefore = false
            var paragraphs = [heading]
            for (entry, number) in zip(entries, numbers) {
                paragraphs.append(BrailleParagraph(
                    text: entry.title, placement: .set(try lines(entry.title, number: number)), place: .fixedText))
            }
            let laid = try pager.lay(paragraphs).pages
            // More contents pages push the page numbers on; lay them out again until they agree.
            if laid.count == count { return laid }
            count = laid.count
        }
    }

    /// An entry: the title from cell 1 (runovers in cell 3), then guide dots and the number at the right.
    private func lines(_ title: String, number: Int) throws -> [[UInt8]] {
        let cells = pager.setup.cells
        let numeral = try pager.translate(String(number), place: .fixedText).cells
        let reserved = 1 + Self.minimumGuideDots + 1 + numeral.count
        let paragraph = BrailleParagraph(text: title, placement: .indented(first: 0, runover: 2), place: .fixedText)
        var lines = try pager.lines(of: paragraph, reservingAtEnd: reserved)
        if lines.isEmpty { lines = [[]] }
        let last = lines.count - 1
        let dots = cells - lines[last].count - 2 - numeral.count
        lines[last] += [BrailleLineBreaker.blank] + [UInt8](repeating: Self.guideDot, count: dots) + [BrailleLineBreaker.blank] + numeral
        return lines
    }
}

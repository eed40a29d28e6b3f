import Document

/// Lays braille paragraphs out on pages: lines broken, indents and centring applied, the top
/// line of each page kept for its number, blank lines dropped at the top of a page, and
/// headings moved to the next page when fewer than ``BrailleParagraph/keepWithNext`` lines follow.
struct BraillePager {
    let setup: Layout.Braille
    let table: LouisTable

    /// Laid-out pages (without their number lines) and the pages, counted from 0, where the
    /// paragraphs with contents entries start.
    struct Result {
        var pages: [[[UInt8]]]
        var entries: [(title: String, page: Int)]
    }

    /// Lines a page has for text: all but the number line.
    var textLines: Int { setup.lines - 1 }

    func lay(_ paragraphs: [BrailleParagraph]) throws -> Result {
        var result = Result(pages: [], entries: [])
        var page: [[UInt8]] = []
        var blankPending = false
        func finishPage() {
            result.pages.append(page)
            page = []
            blankPending = false
        }
        for paragraph in paragraphs {
            if paragraph.newPage, !page.isEmpty { finishPage() }
            let lines = try self.lines(of: paragraph)
            guard !lines.isEmpty else { continue }
            let blank = (blankPending || paragraph.blankBefore) && !page.isEmpty
            let needed = (blank ? 1 : 0) + linesKeptTogether(paragraph, lines: lines.count)
            if !page.isEmpty, textLines - page.count < needed { finishPage() }
            if blank, !page.isEmpty { page.append([]) }
            if let entry = paragraph.contentsEntry { result.entries.append((entry, result.pages.count)) }
            for line in lines {
                if page.count == textLines { finishPage() }
                page.append(line)
            }
            blankPending = paragraph.blankAfter
        }
        if !page.isEmpty { finishPage() }
        return result
    }

    /// The lines of a paragraph that must share a page: a heading with the lines it is kept
    /// with, a contents entry whole, otherwise just the first line.
    private func linesKeptTogether(_ paragraph: BrailleParagraph, lines: Int) -> Int {
        if paragraph.keepWithNext > 0 { return lines + paragraph.keepWithNext }
        if case .set = paragraph.placement { return lines }
        return 1
    }

    /// The paragraph's lines (none for a paragraph without text), indents and centring included, leaving `reserved` cells free at
    /// the end of every line.
    func lines(of paragraph: BrailleParagraph, reservingAtEnd reserved: Int = 0) throws -> [[UInt8]] {
        let cells = setup.cells - reserved
        switch paragraph.placement {
        case let .fullLine(cell):
            return [[UInt8](repeating: cell, count: setup.cells)]
        case let .set(lines):
            return lines
        case .centred:
            let width = cells - 2 * BrailleParagraph.centringMargin
            return try broken(paragraph, first: width, runover: width).map { line in
                [UInt8](repeating: BrailleLineBreaker.blank, count: (setup.cells - line.count) / 2) + line
            }
        case let .indented(first, runover):
            return try broken(paragraph, first: cells - first, runover: cells - runover).enumerated().map { index, line in
                [UInt8](repeating: BrailleLineBreaker.blank, count: index == 0 ? first : runover) + line
            }
        }
    }

    private func broken(_ paragraph: BrailleParagraph, first: Int, runover: Int) throws -> [[UInt8]] {
        guard paragraph.text.contains(where: { !$0.isWhitespace }) else { return [] }
        let translation = try translate(paragraph.text, emphasis: paragraph.emphasis, place: paragraph.place)
        let print = Array(paragraph.text.unicodeScalars)
        do {
            return try BrailleLineBreaker(firstWidth: first, runoverWidth: runover).lines(of: translation, print: print)
        } catch let error as BrailleLineBreaker.WordTooLong {
            let word = String(String.UnicodeScalarView(print[error.sources]))
            throw BrailleError(place: paragraph.place, problem: .wordTooLong(word: word, cells: error.cells, width: min(first, runover)))
        }
    }

    /// `text` in braille, with its print `emphasis`, refusing a character the table has no braille for.
    func translate(_ text: String, emphasis: [BrailleEmphasis] = [], place: BraillePlace) throws -> Translation {
        if let scalar = table.firstUntranslatable(in: text) {
            throw BrailleError(place: place, problem: .untranslatable(scalar, table: table.name))
        }
        guard let translation = table.translate(text, emphasis: emphasis) else {
            throw BrailleError(place: place, problem: .tableUnavailable(table.name))
        }
        return translation
    }
}

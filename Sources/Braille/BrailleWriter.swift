import Document
import Foundation

/// A handout in braille: the pages as BRF lines, and the file.
public struct BrailleDocument: Sendable {
    /// Each page's lines, the number line first, every page exactly the layout's lines long.
    public var pages: [[String]]

    /// The BRF file: each line ends CR LF, each page ends with a form feed.
    public var brf: Data {
        Data(pages.map { $0.map { $0 + "\r\n" }.joined() + "\u{0C}" }.joined().utf8)
    }
}

/// Writes handouts as BRF (ASCII braille, as embossers and braille displays read it).
/// liblouis translates the words; the lines and pages are ours: a title page with the
/// personal details, contents with braille page numbers when the handout is long, the topics,
/// then the glossary, each page numbered at the top right.
public struct BrailleWriter: Sendable {
    public init() {}

    /// The translation table for each grade.
    public static func tableName(for grade: Layout.Braille.Grade) -> String {
        switch grade {
        case .one: "en-ueb-g1.ctb"
        case .two: "en-ueb-g2.ctb"
        }
    }

    /// A line of BRF read back into print with the table for `grade`, for proofreading; nil
    /// if liblouis cannot load the table.
    public static func print(_ brf: String, grade: Layout.Braille.Grade) -> String? {
        LouisTable(name: tableName(for: grade)).backTranslate(brf)
    }

    /// `handout` in braille on pages of `layout.braille`; whether it has contents follows
    /// `layout.contents`, counting braille pages.
    public func document(for handout: Handout, layout: Layout) throws -> BrailleDocument {
        let setup = layout.braille
        let pager = BraillePager(setup: setup, table: LouisTable(name: Self.tableName(for: setup.grade)))
        let blocks = BrailleBlocks(strings: handout.strings)
        let title = try pager.lay(blocks.titlePage(of: handout))
        // Each part is laid out from a fresh page: the title page, the contents, then the topics,
        // the glossary and the About page.
        let main = try pager.lay(
            handout.sections.flatMap(blocks.section) + blocks.glossary(handout.glossary) + blocks.about(handout.about))
        var contents: [[[UInt8]]] = []
        if layout.contents.showsContents(pages: title.pages.count + main.pages.count, topics: handout.sections.count) {
            contents = try BrailleContents(pager: pager, title: handout.strings.contents).pages(
                listing: main.entries, firstPage: title.pages.count + 1, bodyOffset: title.pages.count)
        }
        let pages = title.pages + contents + main.pages
        return BrailleDocument(pages: try pages.enumerated().map { index, lines in
            try numbered(lines, number: index + 1, pager: pager)
        })
    }

    /// A page's lines as text, its number at the right of the top line, padded to the page length.
    private func numbered(_ lines: [[UInt8]], number: Int, pager: BraillePager) throws -> [String] {
        let cells = pager.setup.cells
        let numeral = try pager.translate(String(number), place: .fixedText).cells
        let top = [UInt8](repeating: BrailleLineBreaker.blank, count: cells - numeral.count) + numeral
        let padding = [[UInt8]](repeating: [], count: pager.textLines - lines.count)
        return ([top] + lines + padding).map { String(decoding: $0, as: UTF8.self) }
    }
}

import HandoutTestSupport
import Testing
@testable import Document

/// GFM pipe tables through cmark-gfm's table extension: header, rows, alignments, and the list a
/// table becomes in large print, braille and audio.
@Suite struct TableParsingTests {
    let markdown = """
        | Treatment | Stay | Cost |
        | :-- | :-: | --: |
        | Surgery | A week | **None** |
        | TACE | A night |  |
        """

    func table() throws -> TableBlock {
        let blocks = try MarkdownParser(file: "t.md").parse(markdown)
        guard case let .table(table) = blocks.first, blocks.count == 1 else {
            Issue.record("not one table: \(blocks)")
            throw CancellationError()
        }
        return table
    }

    @Test func headerRowsAndAlignmentsAreRead() throws {
        let table = try table()
        #expect(table.header.map { $0.map(\.text).joined() } == ["Treatment", "Stay", "Cost"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0][2] == [TextSpan("None", style: .boldStyle)])
        #expect(table.rows[1][2].isEmpty)
        #expect(table.alignments == [.left, .center, .right])
    }

    @Test func aTableReadsAsOneListItemPerRowOfHeaderValueLines() throws {
        let list = try table().list
        #expect(list.items.count == 2)
        let lines = list.items[1].map(\.plainText)
        #expect(lines == ["Treatment: TACE", "Stay: A night"], "an empty cell has no line")
    }

    @Test func aTableWithNoBodyRowsIsAnErrorNamingTheLine() {
        #expect {
            try MarkdownParser(file: "topics/t.md", lineOffset: 11).parse("Intro.\n\n| A | B |\n| - | - |\n")
        } throws: { error in
            let error = error as? ContentError
            return error?.file == "topics/t.md" && error?.line == 14 && error?.message.contains("at least one row") == true
        }
    }
}

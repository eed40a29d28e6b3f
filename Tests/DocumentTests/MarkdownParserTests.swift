import Testing
@testable import Document

@Suite struct MarkdownParserTests {
    let parser = MarkdownParser(file: "topics/example.md", lineOffset: 10)

    @Test func headingsParagraphsAndEmphasis() throws {
        let blocks = try parser.parse("## Before you go\n\nTake **two** tablets *daily*.\n\n### Later\n")
        #expect(blocks == [
            .heading(level: 2, [TextSpan("Before you go", style: .boldStyle)]),
            .paragraph([
                TextSpan("Take "), TextSpan("two", style: .boldStyle), TextSpan(" tablets "),
                TextSpan("daily", style: FontStyle(italic: true)), TextSpan("."),
            ]),
            .heading(level: 3, [TextSpan("Later", style: .boldStyle)]),
        ])
    }

    @Test func listsNestToThreeLevelsAndKeepNumbering() throws {
        let blocks = try parser.parse("3. first\n   - inner\n     - deepest\n4. second\n")
        guard case let .list(list) = blocks.first else { Issue.record("expected a list"); return }
        #expect(list.ordered && list.start == 3 && list.items.count == 2)
        guard case let .list(inner) = list.items[0][1], case let .list(deepest) = inner.items[0][1] else {
            Issue.record("expected nested lists"); return
        }
        #expect(!inner.ordered)
        #expect(deepest.items[0] == [.paragraph([TextSpan("deepest")])])
    }

    @Test func aFourthListLevelIsRefusedWithItsLine() {
        let markdown = "- a\n  - b\n    - c\n      - d\n"
        #expect(throws: ContentError(file: "topics/example.md", line: 14, "lists can be nested at most 3 levels deep")) {
            try parser.parse(markdown)
        }
    }

    @Test func blockquoteBecomesCalloutAndLinksKeepTheirAddress() throws {
        let blocks = try parser.parse("> Call [the ward](https://example.org/ward) now.\n")
        #expect(blocks == [.callout([.paragraph([
            TextSpan("Call "), TextSpan("the ward", link: "https://example.org/ward"), TextSpan(" now."),
        ])])])
    }

    @Test func smartPunctuationAndHardBreaks() throws {
        let blocks = try parser.parse("It's \"fine\" -- really.  \nNext line\n")
        #expect(blocks == [.paragraph([TextSpan("It’s “fine” – really."), .lineBreak, TextSpan("Next line")])])
    }

    @Test func unsupportedMarkdownNamesTheLine() {
        #expect(throws: ContentError(file: "topics/example.md", line: 13, "HTML is not supported in topics")) {
            try parser.parse("Fine.\n\n<div>raw</div>\n")
        }
        #expect(throws: ContentError(
            file: "topics/example.md", line: 11, "use ## or ### for headings; the topic title comes from the front matter")
        ) {
            try parser.parse("# Title again\n")
        }
    }
}

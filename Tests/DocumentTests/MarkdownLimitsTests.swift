import Testing
@testable import Document

/// Markdown that would nest deeper than any handout prints is refused with its line, before
/// cmark-gfm sees it, never crashing the parser or the walk over its tree.
@Suite struct MarkdownLimitsTests {
    let parser = MarkdownParser(file: "topics/example.md", lineOffset: 10)

    func refusal(_ markdown: String) -> ContentError? {
        do {
            _ = try parser.parse(markdown)
            return nil
        } catch {
            return error as? ContentError
        }
    }

    @Test func longDelimiterRunsAreRefusedByLine() {
        for mark in ["*", "_"] {
            let run = String(repeating: mark, count: 50_000)
            let error = refusal("Fine.\n\n\(run)x\(run)\n")
            #expect(error?.line == 13 && error?.file == "topics/example.md")
            #expect(error?.message == "a run of 50000 '\(mark)' characters; emphasis needs at most 3 (write \\\(mark) for the character itself)")
        }
    }

    @Test func deepCalloutsAreRefusedWithAndWithoutSpaces() {
        for markers in [String(repeating: ">", count: 10_000), String(repeating: "> ", count: 10_000), "> > > >"] {
            #expect(refusal("\(markers) deep\n")?.line == 11, "\(markers.prefix(8))")
        }
    }

    @Test func deepEmphasisFromSeparateDelimitersIsRefused() {
        let nested = String(repeating: "*a ", count: 20_000) + "b" + String(repeating: " a*", count: 20_000)
        #expect(refusal(nested)?.message == "emphasis and links are nested more than 6 deep")
    }

    @Test func whatHandoutsReallyUseStillParses() throws {
        let text = "***bold italic*** and \\*\\*\\*\\* stars\n\n****\n\n> > nested callout\n\n__strong__ _em_\n"
        let blocks = try parser.parse(text)
        #expect(blocks.count == 4)
        #expect(blocks[1] == .rule)
    }
}

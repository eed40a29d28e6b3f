import Testing
@testable import Document

@Suite struct TopicLoaderTests {
    static let valid = """
        ---
        id: sample
        title: A sample
        summary: One line.
        tags: [treatment]
        order: 10
        reviewed: 2026-01-01
        review-due: 2027-01-01
        sources: ["Seed"]
        ---
        Some **text**.
        """

    func load(_ text: String) throws -> Topic {
        try TopicLoader().load(text, file: "topics/sample.md", expectedID: "sample")
    }

    @Test func readsEveryField() throws {
        let topic = try load(Self.valid)
        #expect(topic.title == "A sample" && topic.tags == ["treatment"] && topic.order == 10)
        #expect(topic.reviewed == CalendarDay("2026-01-01") && topic.reviewDue == CalendarDay("2027-01-01"))
        #expect(try topic.blocks(for: .none) == [.paragraph([TextSpan("Some "), TextSpan("text", style: .boldStyle), TextSpan(".")])])
    }

    @Test func everyMissingKeyIsNamedNotJustTheFirst() {
        let text = Self.valid.replacingOccurrences(of: "summary: One line.\n", with: "").replacingOccurrences(of: "order: 10\n", with: "")
        #expect(throws: ContentProblems(errors: [
            ContentError(file: "topics/sample.md", line: 2, key: "summary", "missing required key"),
            ContentError(file: "topics/sample.md", line: 2, key: "order", "missing required key"),
        ])) {
            try load(text)
        }
    }

    @Test func aDuplicateKeyIsReportedAtItsSecondUseWithoutQuotingTheFrontMatter() {
        let text = Self.valid.replacingOccurrences(of: "order: 10", with: "order: 10\ntitle: Again")
        #expect(throws: ContentError(
            file: "topics/sample.md", line: 7, key: "title", "this key appears twice in one mapping (first on line 3)")
        ) {
            try load(text)
        }
    }

    @Test func aNullTitleIsMissingTextNotATilde() {
        for null in ["~", "null"] {
            let text = Self.valid.replacingOccurrences(of: "title: A sample", with: "title: \(null)")
            #expect(throws: ContentError(file: "topics/sample.md", line: 3, key: "title", "expected some text")) {
                try load(text)
            }
        }
        let quoted = Self.valid.replacingOccurrences(of: "title: A sample", with: "title: \"~\"")
        #expect((try? load(quoted))?.title == "~")
    }

    @Test func aBadDateNamesItsKeyAndLine() {
        let text = Self.valid.replacingOccurrences(of: "reviewed: 2026-01-01", with: "reviewed: 2026-02-30")
        #expect(throws: ContentError(file: "topics/sample.md", line: 7, key: "reviewed", "expected a date written YYYY-MM-DD")) {
            try load(text)
        }
    }

    @Test func unknownKeysAndMismatchedIdsAreRefused() {
        let misspelt = Self.valid.replacingOccurrences(of: "order: 10", with: "ordre: 10")
        #expect(throws: ContentError.self) { try load(misspelt) }
        let wrongID = Self.valid.replacingOccurrences(of: "id: sample", with: "id: other")
        #expect(throws: ContentError(file: "topics/sample.md", line: 2, key: "id", "'other' must match the file name 'sample.md'")) {
            try load(wrongID)
        }
    }

    @Test func brokenYAMLReportsItsLine() {
        let text = Self.valid.replacingOccurrences(of: "tags: [treatment]", with: "tags: [treatment")
        #expect { try load(text) } throws: { error in
            let error = error as? ContentError
            return error?.file == "topics/sample.md" && (error?.message.hasPrefix("YAML syntax error") ?? false)
        }
    }

    @Test func withoutFrontMatterTheTopicIsRefused() {
        #expect(throws: ContentError(file: "topics/sample.md", line: 1, "a topic must start with front matter between two lines of ---")) {
            try load("Just text\n")
        }
    }
}

import Foundation
import HandoutTestSupport
import Testing
@testable import Document

/// A build reads only the topics it asks for; `handout check` (no choice) still reads them all.
@Suite struct TopicChoiceTests {
    /// Three good topics, a collection of two, and a topic whose front matter is broken on line 8.
    func fixture() throws -> ContentFixture {
        let fixture = try ContentFixture()
        try fixture.glossary("- term: CT\n  expansion: computed tomography\n  definition: A scan.\n")
        try fixture.topic("scans", order: 1, body: "You may have a CT scan.")
        try fixture.topic("tests", order: 2, body: "Blood tests.")
        try fixture.topic("treatment", order: 3, body: "Treatment.")
        try fixture.topic("broken", reviewDue: "next year", body: "Text.")
        try fixture.collection("first-visit", topics: ["tests", "scans"])
        return fixture
    }

    @Test func aChoiceLoadsItsTopicsAndItsCollectionsOnly() throws {
        let choice = TopicChoice(topicIDs: ["treatment"], collectionID: "first-visit")
        let library = try ContentLibrary.load(from: try fixture().folder, choosing: choice)
        #expect(library.topics.map(\.id) == ["scans", "tests", "treatment"])
        #expect(library.collection("first-visit")?.topicIDs == ["tests", "scans"])
        #expect(library.glossary.entries.map(\.term) == ["CT"])
    }

    @Test func aTopicNotAskedForIsNeitherReadNorReported() throws {
        let library = try ContentLibrary.load(from: try fixture().folder, choosing: TopicChoice(topicIDs: ["scans"], collectionID: nil))
        #expect(library.topics.map(\.id) == ["scans"])
        #expect(library.topic("tests") == nil)
    }

    @Test func aBrokenTopicAskedForIsReportedByFileAndLine() throws {
        let folder = try fixture().folder
        #expect(throws: ContentProblems(errors: [ContentError(file: "topics/broken.md", line: 8, key: "review-due", "expected a date written YYYY-MM-DD")])) {
            try ContentLibrary.load(from: folder, choosing: TopicChoice(topicIDs: ["broken", "scans"], collectionID: nil))
        }
    }

    @Test func withoutAChoiceEveryTopicIsReadAndEveryProblemReported() throws {
        let fixture = try fixture()
        try fixture.collection("typo", topics: ["scans", "scnas"])
        let report = try ContentLibrary.loadReportingProblems(from: fixture.folder)
        #expect(report.library.topics.map(\.id) == ["scans", "tests", "treatment"])
        #expect(report.problems.map(\.description) == [
            "topics/broken.md:8: 'review-due': expected a date written YYYY-MM-DD",
            "collections/typo.yaml:5: 'topics': unknown topic 'scnas'",
        ])
        #expect(!report.topicsLoaded)
    }

    @Test func aCollectionNamingAnUnknownTopicIsStillAnErrorWhenOthersAreChosen() throws {
        let fixture = try fixture()
        try fixture.collection("typo", topics: ["scnas"])
        #expect { try ContentLibrary.load(from: fixture.folder, choosing: TopicChoice(topicIDs: ["scans"], collectionID: nil)) } throws: { error in
            (error as? ContentProblems)?.errors.map(\.description) == ["collections/typo.yaml:4: 'topics': unknown topic 'scnas'"]
        }
    }
}

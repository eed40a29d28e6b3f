import Foundation
import HandoutTestSupport
import Testing
@testable import Document

@Suite struct ContentLibraryTests {
    @Test func theShippedContentLoadsCleanly() throws {
        let library = try ContentLibrary.load(from: Repository.content)
        #expect(library.topics.count >= 15)
        #expect(library.topics.map(\.order) == library.topics.map(\.order).sorted())
        for topic in library.topics {
            #expect(try !topic.blocks(for: .none).isEmpty, "\(topic.id) has no body")
        }
        #expect(library.collection("full-booklet")?.topicIDs.count == library.topics.count)
    }

    /// The shipped strings file is the English a folder without one prints, key for key.
    @Test func theShippedStringsAreTheBuiltInEnglish() throws {
        #expect(try ContentLibrary.load(from: Repository.content).strings == HandoutStrings.english)
    }

    @Test func unknownTopicsAreNamedByTheirPlaceNeverByWhatWasTyped() throws {
        let library = try ContentLibrary.load(from: Repository.content)
        #expect { try library.topics(["Zelda", "tace", "Quimby"]) } throws: { error in
            String(describing: error) == "topics: items 1, 3 are not topic ids; run `handout topics` to see the topics available"
        }
    }

    @Test func invalidUTF8AndHugeFilesAreRefusedByName() throws {
        let folder = try Repository.temporaryFolder()
        let broken = folder.appendingPathComponent("broken.md")
        try Data("fine\nbad \u{FF}".utf8 + [0xFF, 0xFE] + Array("\n".utf8)).write(to: broken)
        #expect(throws: ContentError(file: "broken.md", line: 2, "not valid UTF-8 text")) {
            try ContentFile.read(broken, name: "broken.md")
        }
        let huge = folder.appendingPathComponent("huge.md")
        try Data(count: ContentFile.maximumBytes + 1).write(to: huge)
        #expect(throws: ContentError(file: "huge.md", "file is \(ContentFile.maximumBytes + 1) bytes; the limit is \(ContentFile.maximumBytes)")) {
            try ContentFile.read(huge, name: "huge.md")
        }
    }

    @Test func everyProblemInAFolderIsReportedTogether() throws {
        let folder = try Repository.temporaryFolder()
        let topics = folder.appendingPathComponent("topics")
        try FileManager.default.createDirectory(at: topics, withIntermediateDirectories: true)
        try "no front matter".write(to: topics.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try "---\nid: b\n---\n".write(to: topics.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        try "- term: x\n".write(to: folder.appendingPathComponent("glossary.yaml"), atomically: true, encoding: .utf8)
        #expect { try ContentLibrary.load(from: folder) } throws: { error in
            let files = (error as? ContentProblems)?.errors.map(\.file) ?? []
            // b.md lacks seven keys, and each is reported.
            return files == ["topics/a.md"] + Array(repeating: "topics/b.md", count: 7) + ["glossary.yaml"]
        }
    }
}

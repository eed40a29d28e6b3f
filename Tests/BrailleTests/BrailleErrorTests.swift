import Braille
import Document
import Foundation
import HandoutKit
import HandoutTestSupport
import Testing

/// Bad input for braille: a clear error naming the place, and no output.
@Suite struct BrailleErrorTests {
    static let date = CalendarDay("2026-11-23")!

    @Test func aCharacterWithNoBrailleNamesTheTopicFileAndLine() throws {
        let fixture = try ContentFixture()
        try fixture.topic("snow", body: "Plain words here.\n\nA snowman \u{2603} on line 14.\n")
        try fixture.glossary("[]\n")
        let resources = try HandoutResources(root: Repository.root, contentDirectory: fixture.folder)
        let builder = HandoutBuilder(resources: resources)
        #expect(throws: HandoutError("topics/snow.md:14: braille: the character '\u{2603}' (U+2603) has no braille in en-ueb-g2.ctb; write it another way")) {
            try builder.build(HandoutRequest(topicIDs: ["snow"], date: Self.date, format: .brf))
        }
        // The print handout is unaffected.
        #expect(try builder.build(HandoutRequest(topicIDs: ["snow"], date: Self.date)).format == .pdf)
    }

    /// Bidi controls typed to order print text (LRM, RLM, an isolate) have no braille and need
    /// none: braille reads in logical order. They are left out, not an error.
    @Test func bidiControlsAreLeftOut() throws {
        let fixture = try ContentFixture()
        try fixture.topic("marks", body: "Call one\u{200E}two\u{200F}three and \u{2066}*isolated*\u{2069} now.\n")
        try fixture.glossary("[]\n")
        let builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root, contentDirectory: fixture.folder))
        let built = try builder.build(HandoutRequest(topicIDs: ["marks"], date: Self.date, format: .brf))
        let text = BRFPages(built.data).joinedText
        #expect(text.contains(",CALL \"OTWO?REE &"), "\(text)")
        #expect(text.contains("ISOLAT$"), "\(text)")
    }

    @Test func aCharacterInAPersonalDetailIsNamedButNotQuoted() throws {
        let builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root))
        var request = HandoutRequest(topicIDs: ["tace"], date: Self.date, format: .brf)
        request.details = try PersonalDetails(["patient.name": "Zeb \u{2603}"], source: "test")
        #expect { try builder.build(request) } throws: { error in
            let message = (error as? HandoutError)?.message ?? ""
            return message.contains("personal detail") && message.contains("U+2603") && !message.contains("Zeb")
                && !message.contains("\u{2603}")
        }
    }

    @Test func brailleLayoutKeysAreCheckedWithTheOtherLayoutNumbers() throws {
        let standard = try String(contentsOf: Repository.layouts.appendingPathComponent("standard.yaml"), encoding: .utf8)
        let parse = { (yaml: String) in try LayoutLoader.parse(standard + "\n" + yaml, file: "mine.yaml") }
        #expect(try parse("").braille == .standard)
        #expect(try parse("braille:\n  cells: 32\n").braille == Layout.Braille(cells: 32, lines: 25, grade: .two))
        #expect(try parse("braille:\n  grade: 1\n").braille.grade == .one)
        #expect { try parse("braille:\n  cells: 12\n") } throws: { error in
            "\(error)".contains("'braille.cells': must be between 20 and 50, got 12")
        }
        #expect { try parse("braille:\n  lines: 25.5\n") } throws: { error in "\(error)".contains("'braille.lines': expected a whole number") }
        #expect { try parse("braille:\n  grade: 3\n") } throws: { error in "\(error)".contains("'braille.grade'") }
        #expect { try parse("braille:\n  width: 40\n") } throws: { error in "\(error)".contains("width") }
    }

    @Test func theCLIWritesBrailleAndLeavesNothingOnAnError() throws {
        let binary = try #require(HandoutBinary.path)
        let folder = try Repository.temporaryFolder()
        let good = try CommandLineTool.run(binary, ["build", "tace", "--format", "brf", "--date", "2026-11-23", "-o", "tace.brf"], in: folder, environment: ["HANDOUT_HOME": Repository.root.path])
        #expect(good.status == 0, "\(good.errors)")
        #expect(good.output.hasPrefix("Wrote tace.brf: ") && good.output.contains("braille pages"))
        let pages = BRFPages(try Data(contentsOf: folder.appendingPathComponent("tace.brf")))
        #expect(pages.pages.count > 3 && pages.pages.allSatisfy { $0.count == 25 })
        let wrong = try CommandLineTool.run(binary, ["build", "tace", "--format", "brf", "-o", "tace.pdf"], in: folder, environment: ["HANDOUT_HOME": Repository.root.path])
        #expect(wrong.status != 0 && wrong.errors.contains("-o must be a file name ending .brf for format brf"))

        let fixture = try ContentFixture()
        try fixture.topic("snow", body: "A snowman \u{2603}.\n")
        try fixture.glossary("[]\n")
        let bad = try CommandLineTool.run(
            binary, ["build", "snow", "--content", fixture.folder.path, "--format", "brf", "-o", "snow.brf"], in: folder,
            environment: ["HANDOUT_HOME": Repository.root.path])
        #expect(bad.status == 1)
        #expect(bad.errors.contains("topics/snow.md:12: braille: the character"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("snow.brf").path))
    }
}

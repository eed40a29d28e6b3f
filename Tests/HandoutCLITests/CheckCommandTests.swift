import Foundation
import HandoutTestSupport
import Testing

/// `handout check` as a user runs it: output lines, the readability table and the exit status.
extension CLITests {
    @Test func checkPassesTheShippedContent() throws {
        let result = try handout("check", "--today", "2026-11-23")
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        #expect(!result.output.contains(": error: "))
        #expect(result.output.contains("Check passed: 0 errors"))
        for topic in ["what-is-secondary-liver-cancer", "tace", "sirt", "questions-to-ask"] {
            #expect(result.output.contains("\n\(topic) "), "no readability row for \(topic)")
        }
    }

    @Test func checkPrintsOneErrorPerLineAndFails() throws {
        let fixture = try ContentFixture()
        try fixture.glossary("- term: CT\n  definition: A scan.\n")
        try fixture.topic("scans", reviewDue: "2026-11-01", body: "You may have a CT scan. Your GP will tell you.")
        let result = try handout("check", "--content", fixture.folder.path, "--today", "2026-11-23")
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("topics/scans.md:8: error: 'review-due': review was due on 2026-11-01 (22 days ago); review the topic and update its dates"))
        #expect(lines.contains("topics/scans.md:12: error: 'GP': abbreviation is not in the glossary; add it to glossary.yaml or write the words out"))
        #expect(lines.last == "Check failed: 2 errors, 0 warnings (1 topic measured).")
    }

    @Test func checkPassesWithWarningsAlone() throws {
        let fixture = try ContentFixture()
        try fixture.glossary("- term: CT\n  definition: A scan.\n- term: PET\n  definition: Another scan.\n")
        try fixture.topic("scans", body: "You may have a CT scan today.")
        let result = try handout("check", "--content", fixture.folder.path, "--today", "2026-11-23")
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("glossary.yaml:3: warning: 'PET': no topic uses this term"))
        // "You may have a CT scan today.": 7 words, 9 syllables (CT is spelt out), 1 sentence:
        // grade 0.39 × 7 + 11.8 × 9/7 − 15.59 ≈ 2.3; without CT, 0.39 × 7 + 11.8 × 7/6 − 15.59 ≈ 0.9.
        let row = result.output.split(separator: "\n").first { $0.hasPrefix("scans ") }
        #expect(row?.split(separator: " ") == ["scans", "7", "1", "7.0", "2.3", "0.9"])
    }

    @Test func checkExplainsABadDateOrAMissingFolder() throws {
        let badDate = try handout("check", "--today", "2026-13-01")
        #expect(badDate.status != 0)
        #expect(badDate.errors.contains("--today must be a date written YYYY-MM-DD"))
        let folder = try Repository.temporaryFolder()
        let missing = try handout("check", "--content", folder.path)
        #expect(missing.status == 1)
        #expect(missing.errors.contains("no topics found"))
    }
}

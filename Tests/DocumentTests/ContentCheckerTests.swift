import Foundation
import HandoutTestSupport
import Testing
@testable import Document

/// Each kind of problem `handout check` reports, on small content folders written for the test.
@Suite struct ContentCheckerTests {
    let today = CalendarDay("2026-11-23")!
    let glossary = """
        - term: CT
          expansion: computed tomography
          definition: A scan that uses X-rays.
        - term: SIR-spheres
          definition: Tiny beads.
        - term: tumour
          definition: A lump.
          also: [tumours]

        """

    func check(_ fixture: ContentFixture) throws -> ContentCheckReport {
        try ContentChecker(today: today).check(fixture.folder)
    }

    /// A folder with one clean topic that uses every glossary entry.
    func cleanFixture() throws -> ContentFixture {
        let fixture = try ContentFixture()
        try fixture.glossary(glossary)
        try fixture.topic("scans", body: "You may have a CT scan.\n\nIt looks for a tumour. SIR-spheres are beads.")
        try fixture.collection("all", topics: ["scans"])
        return fixture
    }

    @Test func aCleanFolderHasNoFindings() throws {
        let report = try check(try cleanFixture())
        #expect(report.findings == [])
        #expect(report.readability.map(\.id) == ["scans"])
    }

    @Test func frontMatterProblemsComeFromTheLoaderWithTheirLines() throws {
        let fixture = try cleanFixture()
        try fixture.topic("broken", reviewDue: "next year", body: "Text.")
        try fixture.write("No front matter.\n", to: "topics/bare.md")
        let report = try check(fixture)
        #expect(report.findings.map(\.description) == [
            "topics/bare.md:1: error: a topic must start with front matter between two lines of ---",
            "topics/broken.md:8: error: 'review-due': expected a date written YYYY-MM-DD",
        ])
        #expect(report.errorCount == 2)
    }

    @Test func collectionsNamingUnknownTopicsOrATopicTwiceAreReported() throws {
        let fixture = try cleanFixture()
        try fixture.collection("mixed", topics: ["scans", "unicorns", "scans"])
        try fixture.collection("empty", topics: [])
        let report = try check(fixture)
        #expect(report.findings.map(\.description) == [
            "collections/empty.yaml: error: 'topics': the collection has no topics",
            "collections/mixed.yaml:5: error: 'topics': unknown topic 'unicorns'",
            "collections/mixed.yaml:6: warning: 'topics': 'scans' is listed more than once",
        ])
    }

    @Test func abbreviationsMissingFromTheGlossaryAreReportedOnceAtTheirFirstLine() throws {
        let fixture = try cleanFixture()
        try fixture.topic("help", title: "Help from the NHS", body: "Your GP can help.\n\nAsk your GP and the NHS.\n\nTwo CTs and one CT.")
        let report = try check(fixture)
        #expect(report.findings.map(\.description) == [
            "topics/help.md:3: error: 'NHS': abbreviation is not in the glossary; add it to glossary.yaml or write the words out",
            "topics/help.md:12: error: 'GP': abbreviation is not in the glossary; add it to glossary.yaml or write the words out",
        ])
    }

    @Test func anAbbreviationInsideAGlossaryFormIsCovered() throws {
        let fixture = try cleanFixture()
        try fixture.topic("beads", body: "SIR-spheres are beads. SIR alone is not covered.")
        let report = try check(fixture)
        #expect(report.findings.map(\.key) == ["SIR"])
        #expect(report.findings.first?.line == 12)
    }

    @Test func abbreviationsInGlossaryDefinitionsMustBeInTheGlossary() throws {
        let fixture = try cleanFixture()
        try fixture.glossary(glossary + "- term: scan\n  definition: A picture, like an MRI.\n")
        let report = try check(fixture)
        #expect(report.findings.map(\.description) == [
            "glossary.yaml:9: error: 'MRI': abbreviation used in a definition is not itself in the glossary"
        ])
    }

    @Test func unusedGlossaryEntriesAreWarningsNamingTheirLine() throws {
        let fixture = try cleanFixture()
        try fixture.glossary(glossary + "- term: ascites\n  definition: Fluid in the tummy.\n")
        let report = try check(fixture)
        #expect(report.findings.map(\.description) == [
            "glossary.yaml:9: warning: 'ascites': no topic uses this term, so it is never printed; remove it or check its spelling and `also` forms"
        ])
        #expect(report.errorCount == 0)
    }

    @Test func aFormListedUnderTwoEntriesIsAnError() throws {
        let fixture = try cleanFixture()
        try fixture.glossary(glossary + "- term: lump\n  definition: A swelling.\n  also: [tumour]\n")
        let report = try check(fixture)
        #expect(report.findings.contains { $0.description == "glossary.yaml:9: error: 'tumour': listed under both 'tumour' and 'lump'; keep it under one entry" })
    }

    @Test func overdueReviewsAreErrorsAndReviewsDueSoonAreWarnings() throws {
        let fixture = try cleanFixture()
        try fixture.topic("old", reviewed: "2025-01-01", reviewDue: "2026-11-22", body: "Text.")
        try fixture.topic("soon", reviewed: "2025-01-01", reviewDue: "2026-12-23", body: "Text.")
        try fixture.topic("later", reviewed: "2025-01-01", reviewDue: "2026-12-24", body: "Text.")
        try fixture.topic("today", reviewed: "2025-01-01", reviewDue: "2026-11-23", body: "Text.")
        try fixture.topic("ahead", reviewed: "2026-12-01", reviewDue: "2027-12-01", body: "Text.")
        let report = try check(fixture)
        #expect(report.findings.map(\.description) == [
            "topics/ahead.md:7: warning: 'reviewed': 2026-12-01 is in the future",
            "topics/old.md:8: error: 'review-due': review was due on 2026-11-22 (1 day ago); review the topic and update its dates",
            "topics/soon.md:8: warning: 'review-due': review is due on 2026-12-23, in 30 days",
            "topics/today.md:8: warning: 'review-due': review is due today",
        ])
    }

    @Test func unknownPlaceholderKeysAndUnclosedSectionsNameTheirLines() throws {
        let fixture = try cleanFixture()
        try fixture.topic("call", body: "Call us.\n\n{{#clinic.phone}}Ring {{clinic.phone}}.{{/clinic.phone}} Fax {{clinic.fax}}. {{! a note }}")
        try fixture.topic("open", body: "Fine.\n\n{{#nurse.name}}Never closed.")
        let report = try check(fixture)
        let known = PersonalDetails.knownKeys.joined(separator: ", ")
        #expect(report.findings.map(\.description) == [
            "topics/call.md:14: error: 'clinic.fax': unknown placeholder; known keys are \(known)",
            "topics/open.md:14: error: placeholder section {{#nurse.name}} is never closed",
        ])
    }

    @Test func aTopicOverGradeSevenIsAWarningNotAnError() throws {
        let fixture = try cleanFixture()
        try fixture.topic("dense", body: """
            Comprehensive multidisciplinary consideration of individualised therapeutic alternatives \
            necessitates collaborative organisational communication between professionals.
            """)
        let report = try check(fixture)
        let dense = try #require(report.readability.first { $0.id == "dense" })
        #expect(dense.readability.isOverGradeLimit)
        #expect(report.findings.map(\.severity) == [.warning])
        #expect(report.findings.first?.description.hasPrefix("topics/dense.md: warning: 'dense': reading grade ") == true)
    }

    @Test func everyProblemIsReportedNotJustTheFirst() throws {
        let fixture = try cleanFixture()
        try fixture.topic("many", reviewed: "2025-01-01", reviewDue: "2026-01-01", body: "You can ask the NHS for help. {{patient.nhs}}")
        try fixture.collection("bad", topics: ["nothing"])
        let report = try check(fixture)
        #expect(Set(report.findings.compactMap(\.key)) == ["review-due", "NHS", "patient.nhs", "topics"])
        #expect(report.errorCount == 4)
    }

    @Test func theShippedContentHasNoErrors() throws {
        let report = try ContentChecker(today: today).check(Repository.content)
        #expect(report.errorCount == 0, "\(report.findings)")
        #expect(report.readability.count >= 15)
        #expect(report.readability.allSatisfy { !$0.readability.isOverGradeLimit })
    }

    @Test func daysBetweenCalendarDaysCrossMonthsYearsAndLeapDays() {
        #expect(CalendarDay("2026-11-23")!.days(until: CalendarDay("2026-12-23")!) == 30)
        #expect(CalendarDay("2024-02-28")!.days(until: CalendarDay("2024-03-01")!) == 2)
        #expect(CalendarDay("2026-12-31")!.days(until: CalendarDay("2027-01-01")!) == 1)
        #expect(CalendarDay("2027-01-01")!.days(until: CalendarDay("2026-01-01")!) == -365)
    }
}

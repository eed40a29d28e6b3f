import Document
import Foundation
import HandoutTestSupport
import Testing
@testable import HandoutKit

/// Every kind of reading copy is PDF/UA-1 and PDF/A-2a, and imposed sheets PDF/A-2b, as
/// page-validation (the checker a user would run) sees them.
@Suite struct ConformanceTests {
    let builder: HandoutBuilder
    static let date = CalendarDay("2026-11-23")!

    init() throws {
        builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root))
    }

    /// A reading copy to check, named for the failure message.
    struct Copy: CustomTestStringConvertible, Sendable {
        var name: String
        var request: @Sendable () throws -> HandoutRequest
        var testDescription: String { name }
    }

    static let readingCopies: [Copy] = [
        Copy(name: "standard") { HandoutRequest(collectionID: "full-booklet", date: date) },
        Copy(name: "letter") { HandoutRequest(collectionID: "newly-diagnosed", layout: "letter", date: date) },
        Copy(name: "large print") { HandoutRequest(collectionID: "symptom-control", layout: "large-print", date: date) },
        Copy(name: "large print at 16 pt") {
            HandoutRequest(collectionID: "treatment-options", layout: "large-print", date: date, bodySize: 16)
        },
        Copy(name: "large print at 28 pt") {
            HandoutRequest(topicIDs: ["tace", "symptoms"], layout: "large-print", date: date, bodySize: 28)
        },
        Copy(name: "booklet reading copy") {
            HandoutRequest(collectionID: "living-with", layout: "booklet", date: date, imposition: Layout.Booklet.Imposition.none)
        },
        Copy(name: "personalised, with cover and questions page") {
            let details = try PersonalDetails(
                ["patient.name": "Jane Doe", "nurse.name": "Sam Patel", "nurse.phone": "0113 496 0000", "clinic.name": "Ward 5"],
                source: "test")
            return HandoutRequest(collectionID: "newly-diagnosed", details: details, date: date)
        },
    ]

    @Test(arguments: readingCopies) func readingCopiesAreUniversallyAccessibleAndArchivable(_ copy: Copy) throws {
        let url = try PDFTools.save(try builder.pdf(for: try copy.request()))
        let report = try PDFValidator.report(url, profiles: [.ua1, .a2a])
        #expect(report == nil, "\(copy.name):\n\(report ?? "")")
    }

    @Test func imposedBookletSheetsAreArchivablePrintFiles() throws {
        let url = try PDFTools.save(
            try builder.pdf(for: HandoutRequest(collectionID: "living-with", layout: "booklet", date: Self.date)))
        let report = try PDFValidator.report(url, profiles: [.a2b])
        #expect(report == nil, "imposed sheets:\n\(report ?? "")")
    }
}

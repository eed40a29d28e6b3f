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

    /// Figures of every kind conform too. One is a PNG of a single pixel of red 12: cairo
    /// compresses its three bytes to data whose last byte, the low byte of the Adler-32 sum
    /// (1 + 12), is a carriage return. Followed by a bare LF, such data reads one byte short of its
    /// /Length to a checker that steps back over the end of line before `endstream` (PDF/A-2
    /// 6.1.7.1): the post-step writes the stream again with CR LF. (page-validation reads by
    /// /Length and accepts either, so the bytes are checked here.)
    @Test func figuresConformIncludingAnImageWhoseDataEndsInCarriageReturn() throws {
        let fixture = try ContentFixture()
        try fixture.glossary("[]\n")
        try fixture.blackSVG("box.svg", width: 200, height: 100)
        for name in ["dark-red-pixel.png", "low-resolution.png", "photo-300dpi.jpg"] { try fixture.copyFigure(name) }
        try fixture.topic(
            "pictures",
            body: """
                ![A black box](figures/box.svg "A box")

                ![A dark red dot](figures/dark-red-pixel.png "A dot")

                ![A scan of a page](figures/low-resolution.png "A scan")

                ![A photo of a page](figures/photo-300dpi.jpg "A photo")
                """)
        let builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root, contentDirectory: fixture.folder))
        let url = try PDFTools.save(try builder.pdf(for: HandoutRequest(topicIDs: ["pictures"], date: Self.date)))
        let list = try CommandLineTool.run("pdfimages", ["-list", url.path]).output
        // Columns: page num type width height color comp bpc enc interp object ID ...
        let rows: [[Substring]] = list.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ") }
        let pixel = try #require(rows.first { $0[3] == "1" && $0[4] == "1" })
        let data = try CommandLineTool.run("qpdf", ["--show-object=\(pixel[10])", "--raw-stream-data", url.path]).outputData
        #expect(data.last == 0x0D, "the pixel's compressed data ends in CR, the case this test is for")
        let file = try Data(contentsOf: url)
        #expect(file.range(of: data + Data("\r\nendstream".utf8)) != nil, "CR LF follows the data")
        let report = try PDFValidator.report(url, profiles: [.ua1, .a2a])
        #expect(report == nil, "figures:\n\(report ?? "")")
    }

    @Test func imposedBookletSheetsAreArchivablePrintFiles() throws {
        let url = try PDFTools.save(
            try builder.pdf(for: HandoutRequest(collectionID: "living-with", layout: "booklet", date: Self.date)))
        let report = try PDFValidator.report(url, profiles: [.a2b])
        #expect(report == nil, "imposed sheets:\n\(report ?? "")")
    }
}

import Document
import Foundation
import HandoutTestSupport
import Testing
@testable import HandoutKit

/// The one check of format names and output file names that the CLI, batch and server share.
@Suite struct OutputFormatTests {
    @Test func namesAreReadInAnyCaseAndUnknownOnesListTheChoices() throws {
        #expect(try OutputFormat(named: "PDF", field: "--format") == .pdf)
        #expect(throws: HandoutError("m.csv:3: 'format' must be one of \(OutputFormat.names)")) {
            try OutputFormat(named: "docx", field: "m.csv:3: 'format'")
        }
        #expect(OutputFormat.names.split(separator: ",").count == OutputFormat.allCases.count)
    }

    @Test func everyFormatChecksItsOwnExtensionWithoutEchoingTheName() throws {
        for format in OutputFormat.allCases {
            try format.checkFileName("Out." + format.fileExtension.uppercased(), field: "-o")
            #expect(throws: HandoutError("-o must be a file name ending .\(format.fileExtension) for format \(format.rawValue)")) {
                try format.checkFileName("zebedee.txt", field: "-o")
            }
            #expect(throws: HandoutError.self) { try format.checkFileName("." + format.fileExtension, field: "-o") }
        }
    }

    @Test func theDefaultIsPDFEverywhere() throws {
        #expect(OutputFormat.standard == .pdf)
        #expect(HandoutRequest(topicIDs: ["tace"], date: CalendarDay("2026-11-23")!).format == .pdf)
        let rows = try Manifest.csvRows(Array("output,topics\na.pdf,tace\n".utf8), file: "m.csv")
        #expect(try rows[0].request(file: "m.csv", defaultDate: CalendarDay("2026-11-23")!).format == .pdf)
    }

    @Test func aManifestRowsFormatAndOutputMustAgree() throws {
        let rows = try Manifest.csvRows(Array("output,topics,format\na.pdf,tace,docx\nb.txt,tace,pdf\nc.pdf,tace,PDF\n".utf8), file: "m.csv")
        let date = CalendarDay("2026-11-23")!
        #expect(throws: HandoutError("m.csv:2: 'format' must be one of \(OutputFormat.names)")) {
            try rows[0].request(file: "m.csv", defaultDate: date)
        }
        #expect(throws: HandoutError("m.csv:3: 'output' must be a file name ending .pdf for format pdf")) {
            try rows[1].request(file: "m.csv", defaultDate: date)
        }
        #expect(try rows[2].request(file: "m.csv", defaultDate: date).format == .pdf)
    }
}

import Document
import Foundation
import HandoutTestSupport
import Testing
@testable import HandoutKit

/// Bidi controls typed into content, and lines that mix directions, as readers' tools see them.
@Suite struct BidiTextTests {
    let date = CalendarDay("2026-11-23")!

    /// LRM, RLM and ALM between words; an LRI…PDI isolate; an Arabic paragraph with an English
    /// name inside; an English one with an Arabic phrase inside; and an ISO date in Arabic text,
    /// isolated and not.
    private static let body = """
        Marks: one\u{200E}two\u{200F}three\u{061C}four end \u{2066}isolated\u{2069} text.

        Ask for the leaflet called مرحبا بكم جميعا at the front desk.

        اتصل بالممرضة على Macmillan Support Line إذا شعرت بألم.

        موعدك \u{2066}2026-11-01\u{2069} صباحا.

        موعدك 2026-12-05 مساء.
        """

    private func pdf() throws -> URL {
        let fixture = try ContentFixture()
        try fixture.glossary("- term: CT\n  definition: A scan.\n")
        try fixture.topic("mixed", title: "Mixed directions", body: Self.body)
        let builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root, contentDirectory: fixture.folder))
        return try PDFTools.save(try builder.pdf(for: HandoutRequest(topicIDs: ["mixed"], date: date)))
    }

    /// The structure tree's text of each paragraph, its marked-content pieces joined in order.
    private func paragraphs(_ url: URL) throws -> [String] {
        var paragraphs: [String] = []
        for line in try PDFStructure.structureText(url).split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("P ") || trimmed == "P" {
                paragraphs.append("")
            } else if trimmed.hasPrefix("\""), trimmed.hasSuffix("\""), !paragraphs.isEmpty {
                paragraphs[paragraphs.count - 1] += trimmed.dropFirst().dropLast()
            }
        }
        return paragraphs.map { $0.split(separator: " ").joined(separator: " ") }
    }

    @Test func bidiControlsAreNeitherDrawnNorInThePagesText() throws {
        let url = try pdf()
        let text = try PDFTools.text(url)
        let controls: Set<UInt32> = [0x200E, 0x200F, 0x061C, 0x2066, 0x2067, 0x2068, 0x2069]
        #expect(!text.unicodeScalars.contains { controls.contains($0.value) })
        #expect(text.contains("Marks: onetwothreefour end isolated text."))
        #expect(try paragraphs(url).contains("Marks: onetwothreefour end isolated text."))
        #expect(try PDFValidator.report(url, profiles: [.ua1, .a2a]) == nil)
    }

    /// UAX #9 reads an ISO date in Arabic-script text as Arabic numbers separated by neutrals, so
    /// it is drawn 05-12-2026; inside LRI…PDI it is a left-to-right stretch, drawn as written.
    @Test func anIsolateKeepsAnISODateLeftToRightInArabicText() throws {
        let text = try PDFTools.text(try pdf())
        #expect(text.contains("2026-11-01"))
        #expect(text.contains("05-12-2026"))
        #expect(!text.contains("01-11-2026") && !text.contains("2026-12-05"))
    }

    @Test func mixedLinesReadInLogicalOrder() throws {
        let url = try pdf()
        let paragraphs = try paragraphs(url)
        #expect(paragraphs.contains("Ask for the leaflet called مرحبا بكم جميعا at the front desk."), "\(paragraphs)")
        #expect(paragraphs.contains { $0.hasPrefix("اتصل بالممرضة") && $0.hasSuffix("Macmillan Support Line إذا شعرت بألم.") }, "\(paragraphs)")
        #expect(paragraphs.contains("موعدك 2026-11-01 صباحا."), "\(paragraphs)")
        // pdftotext marks a right-to-left stretch with RLE…PDF, which stand for the space beside them.
        let marked = try PDFTools.text(url).map { "\u{202A}\u{202B}\u{202C}".contains($0) ? " " : $0 }
        let text = String(marked).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Ask for the leaflet called مرحبا بكم جميعا at the front desk."), "\(text)")
    }
}

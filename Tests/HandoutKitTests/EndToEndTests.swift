import Document
import Foundation
import HandoutTestSupport
import PageModel
import Testing
@testable import HandoutKit

@Suite struct EndToEndTests {
    let builder: HandoutBuilder
    let date = CalendarDay("2026-11-23")!

    init() throws {
        builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root))
    }

    @Test func aHandoutReadsBackWordForWordInReadingOrder() throws {
        let request = HandoutRequest(topicIDs: ["tace", "symptoms"], date: date)
        let url = try PDFTools.save(try builder.pdf(for: request))
        let text = try PDFTools.text(url)
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let topics = try builder.resources.topics(for: request)
        #expect(topics.map(\.id) == ["symptoms", "tace"], "topics print in reading order")
        // Every paragraph of both topics appears, words intact and in order.
        for topic in topics {
            #expect(words.contains(topic.title))
            for block in try topic.blocks(for: .none) {
                if case let .paragraph(spans) = block {
                    let expected = spans.map(\.text).joined().split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    #expect(words.contains(expected), "missing: \(expected.prefix(60))")
                }
            }
        }
        #expect(words.range(of: "Symptoms")!.lowerBound < words.range(of: "Chemoembolisation (TACE)")!.lowerBound)
        #expect(words.contains("Words used in this handout"))
        #expect(words.contains("TACE (transarterial chemoembolisation)"))
    }

    @Test func everyPageHasItsNumberAndLaterPagesTheRunningHeader() throws {
        let url = try PDFTools.save(try builder.pdf(for: HandoutRequest(collectionID: "treatment-options", date: date)))
        let pageCount = Int(try PDFTools.info(url)["Pages"] ?? "") ?? 0
        #expect(pageCount > 3)
        let pages = try PDFTools.text(url).split(separator: "\u{0C}", omittingEmptySubsequences: false).dropLast()
        #expect(pages.count == pageCount)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("Page \(index + 1) of \(pageCount)"))
            if index > 0 { #expect(page.hasPrefix("Treatment options for secondary liver cancer")) }
        }
    }

    @Test func theFileIsValidWithEmbeddedSubsetFontsAndMetadata() throws {
        let url = try PDFTools.save(try builder.pdf(for: HandoutRequest(collectionID: "newly-diagnosed", date: date)))
        let check = try CommandLineTool.run("qpdf", ["--check", url.path])
        #expect(check.status == 0, "\(check.output)")
        let fonts = try PDFTools.fonts(url)
        #expect(!fonts.isEmpty)
        for font in fonts {
            let columns = font.split(separator: " ", omittingEmptySubsequences: true)
            #expect(font.contains("AtkinsonHyperlegible") || font.contains("DejaVu"))
            #expect(columns.count >= 7 && columns[columns.count - 5] == "yes" && columns[columns.count - 4] == "yes", "embedded and subset: \(font)")
        }
        let info = try PDFTools.info(url)
        #expect(info["Title"] == "Newly diagnosed with secondary liver cancer")
        #expect(info["Subject"]?.hasPrefix("Patient information: ") == true)
        #expect(info["Creator"] == "handout \(HandoutResources.version)")
        #expect(info["Page size"]?.contains("A4") == true)
    }

    @Test func identicalInputGivesIdenticalBytes() throws {
        let request = HandoutRequest(collectionID: "symptom-control", date: date)
        let first = try builder.pdf(for: request)
        let second = try HandoutBuilder(resources: try HandoutResources(root: Repository.root)).pdf(for: request)
        #expect(first == second)
    }

    /// A builder keeps set paragraphs, shaped words and cairo state from one handout to the next;
    /// none of it may change what a later handout looks like.
    @Test func aBuilderThatMadeOtherHandoutsMakesTheSameBytesAsAFreshOne() throws {
        let details = try PersonalDetails(["patient.name": "Ada Example", "clinic.name": "Liver Unit"], source: "test")
        let request = HandoutRequest(collectionID: "newly-diagnosed", details: details, date: date)
        let fresh = try HandoutBuilder(resources: try HandoutResources(root: Repository.root)).pdf(for: request)
        let others = [
            HandoutRequest(collectionID: "newly-diagnosed", layout: "large-print", details: details, date: date),
            HandoutRequest(collectionID: "newly-diagnosed", details: try PersonalDetails(["patient.name": "Bo Other"], source: "test"), date: date),
            HandoutRequest(collectionID: "treatment-options", layout: "booklet", date: date),
            HandoutRequest(topicIDs: ["tace"], date: date, bodySize: 14),
        ]
        for other in others { _ = try builder.pdf(for: other) }
        #expect(try builder.pdf(for: request) == fresh)
    }

    @Test func glyphRunClustersCoverTheirTextExactly() throws {
        let document = try builder.pages(for: HandoutRequest(collectionID: "full-booklet", date: date))
        for case let .text(run) in document.pages.flatMap(\.items) {
            #expect(run.clusters.reduce(0) { $0 + $1.bytes } == run.text.utf8.count)
            #expect(run.clusters.reduce(0) { $0 + $1.glyphs } == run.glyphs.count)
        }
    }

    @Test func badRequestsAreClearErrors() throws {
        #expect(throws: HandoutError("layout: not the name of a layout; available: \(builder.resources.layoutNames.joined(separator: ", "))")) {
            try builder.pdf(for: HandoutRequest(topicIDs: ["tace"], layout: "tiny", date: date))
        }
        #expect { try builder.pdf(for: HandoutRequest(topicIDs: ["tace", "unicorns"], date: date)) } throws: { error in
            (error as? HandoutError)?.message.contains("topics: item 2 is not a topic id") ?? false
        }
        #expect { try builder.pdf(for: HandoutRequest(collectionID: "nope", date: date)) } throws: { error in
            (error as? HandoutError)?.message.hasPrefix("collection: not the id of a collection") ?? false
        }
    }

    @Test func atomicWritesLeaveNoTemporaryFiles() throws {
        let folder = try Repository.temporaryFolder()
        let target = folder.appendingPathComponent("out.pdf")
        try AtomicFile.write(Data("one".utf8), to: target)
        try AtomicFile.write(Data("two".utf8), to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.pdf"])
        #expect(throws: HandoutError.self) { try AtomicFile.write(Data(), to: folder.appendingPathComponent("missing/out.pdf")) }
    }
}

@Suite struct PersonalisedHandoutTests {
    let builder: HandoutBuilder
    let date = CalendarDay("2026-11-23")!

    init() throws {
        builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root))
    }

    func pages(_ request: HandoutRequest) throws -> [Substring] {
        let url = try PDFTools.save(try builder.pdf(for: request))
        return try PDFTools.text(url).split(separator: "\u{0C}", omittingEmptySubsequences: false).dropLast()
    }

    @Test func detailsGiveACoverPageFirstAndAQuestionsPageLast() throws {
        let details = try PersonalDetails(
            ["patient.name": "Jane Doe", "nurse.name": "Sam Patel", "nurse.phone": "0113 496 0000", "clinic.name": "Ward 5"],
            source: "test")
        let pages = try pages(HandoutRequest(topicIDs: ["tace"], details: details, date: date))
        #expect(pages[0].contains("Prepared for: Jane Doe"))
        #expect(pages[0].contains("Your key contact: Sam Patel, 0113 496 0000"))
        #expect(pages[0].contains("Date: 23 November 2026"))
        let tace = try #require(builder.resources.content.topic("tace"))
        guard case let .paragraph(spans) = try #require(tace.blocks(for: .none).first(where: {
            if case .paragraph = $0 { true } else { false }
        })) else { return }
        let opening = String(spans.map(\.text).joined().prefix(30))
        #expect(!pages[0].contains(opening) && pages[1].contains(opening), "the topic starts on page 2")
        #expect(Self.questionsPageComesBeforeTheAboutPage(pages))
    }

    /// Whether the "My questions" page is followed by the About page, which ends every handout.
    static func questionsPageComesBeforeTheAboutPage(_ pages: [some StringProtocol]) -> Bool {
        guard let questions = pages.firstIndex(where: { $0.contains("My questions") }), questions + 1 < pages.count else { return false }
        return pages[questions + 1].contains("About this leaflet") && pages.last!.contains("Printed: ")
    }

    @Test func withoutDetailsThereIsNoCoverOrQuestionsPageUnlessAsked() throws {
        let plain = try pages(HandoutRequest(topicIDs: ["tace"], date: date))
        #expect(!plain.joined().contains("Prepared for") && !plain.joined().contains("My questions"))
        let asked = try pages(HandoutRequest(topicIDs: ["tace"], date: date, cover: true, questionsPage: true))
        #expect(asked[0].contains("Your key contact: ask your hospital team who to call"), "fallback wording")
        #expect(Self.questionsPageComesBeforeTheAboutPage(asked))
    }
}

import Document
import Foundation
import HandoutTestSupport
import PageModel
import Testing
@testable import HandoutKit

/// Contents, bookmarks, links, glossary page references and page labels, read back from the PDF
/// with pdftotext, pdfinfo and qpdf as a reader's tools see them.
@Suite struct NavigationTests {
    let builder: HandoutBuilder
    let date = CalendarDay("2026-11-23")!

    init() throws {
        builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root))
    }

    func build(_ request: HandoutRequest) throws -> URL {
        try PDFTools.save(try builder.pdf(for: request))
    }

    /// The entries of the contents on page 1: each title and the page number printed after it.
    func contents(_ url: URL) throws -> [(title: String, page: Int)] {
        let page = try PDFTools.pageTexts(url, layout: true)[0]
        let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let start = lines.firstIndex(of: "Contents") else { return [] }
        var entries: [(String, Int)] = []
        var pending = ""
        for line in lines[(start + 1)...] where !line.hasPrefix("Page ") {
            if let match = line.firstMatch(of: /^(.*\S)\s+(\d+)$/), let number = Int(match.2) {
                entries.append(((pending.isEmpty ? "" : pending + " ") + match.1, number))
                pending = ""
            } else {
                pending += line
            }
        }
        return entries
    }

    /// The page (from 1) after the contents where `title` stands as a line of its own.
    func pageOfHeading(_ title: String, in pages: [String]) -> Int? {
        pages.indices.dropFirst().first { index in
            pages[index].split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == title }
        }.map { $0 + 1 }
    }

    @Test(arguments: ["newly-diagnosed", "full-booklet", "treatment-options"])
    func contentsNumbersAreThePagesWhereTheSectionsStart(collection: String) throws {
        let request = HandoutRequest(collectionID: collection, date: date)
        let url = try build(request)
        let pages = try PDFTools.pageTexts(url, layout: true)
        let entries = try contents(url)
        let topics = try builder.resources.topics(for: request)
        #expect(entries.map(\.title) == topics.map(\.title) + ["Words used in this handout", HandoutStrings.english.aboutTitle])
        for entry in entries {
            #expect(pageOfHeading(entry.title, in: pages) == entry.page, "\(entry.title)")
        }
        #expect(entries.map(\.page) == entries.map(\.page).sorted())
        #expect(entries.first?.page == 2, "the first section starts a new page after the contents")
    }

    @Test func bookmarksNestEveryHeadingAndOpenItsPage() throws {
        let url = try build(HandoutRequest(collectionID: "newly-diagnosed", date: date))
        let bookmarks = try PDFStructure(url).bookmarks
        let entries = try contents(url)
        // The About page, after the glossary, is the contents' last line and the last bookmark.
        #expect(bookmarks.map(\.title) == ["Contents"] + entries.map(\.title))
        #expect(entries.last?.title == HandoutStrings.english.aboutTitle)
        #expect(bookmarks.first?.page == 1)
        #expect(Array(bookmarks.dropFirst().map(\.page)) == entries.map(\.page))
        #expect(bookmarks.last?.page == pageOfHeading(HandoutStrings.english.aboutTitle, in: try PDFTools.pageTexts(url, layout: true)))
        let symptoms = try #require(bookmarks.first { $0.title == "Symptoms" })
        let topic = try #require(builder.resources.content.topics.first { $0.id == "symptoms" })
        let subheadings = try topic.blocks(for: .none).compactMap { block -> String? in
            guard case let .heading(2, spans) = block else { return nil }
            return spans.map(\.text).joined()
        }
        #expect(symptoms.children.map(\.title) == subheadings)
        #expect(symptoms.children.allSatisfy { $0.page >= symptoms.page })
    }

    @Test func level3HeadingsNestUnderTheirLevel2Heading() throws {
        let url = try build(HandoutRequest(topicIDs: ["radiotherapy"], date: date))
        let topic = try #require(try PDFStructure(url).bookmarks.first { $0.title == "Radiotherapy" })
        #expect(topic.children.contains { !$0.children.isEmpty })
    }

    @Test func everyInternalLinkGoesToADestinationThatExists() throws {
        let url = try build(HandoutRequest(collectionID: "full-booklet", date: date))
        let structure = try PDFStructure(url)
        let destinations = structure.destinationNames
        let targets = structure.links.compactMap(\.destination)
        #expect(!targets.isEmpty)
        #expect(Set(targets).isSubset(of: destinations), "missing: \(Set(targets).subtracting(destinations))")
        let contentsLinks = targets.filter { $0.hasPrefix("topic-") || $0 == "glossary" || $0 == "about-this-leaflet" }
        #expect(contentsLinks.count == (try contents(url)).count)
    }

    @Test func theFirstUseOfEachAbbreviationLinksToItsGlossaryEntry() throws {
        let request = HandoutRequest(collectionID: "newly-diagnosed", date: date)
        let url = try build(request)
        let handout = try Handout.compose(
            title: "", topics: try builder.resources.topics(for: request), glossary: builder.resources.content.glossary,
            details: .none)
        let abbreviations = handout.glossary.filter(\.isAbbreviation)
        #expect(!abbreviations.isEmpty)
        let glossaryLinks = try PDFStructure(url).links.compactMap(\.destination).filter { $0.hasPrefix("glossary-") }
        #expect(glossaryLinks.sorted() == abbreviations.map(\.anchor).sorted(), "one link per abbreviation, to its entry")
    }

    @Test func glossaryEntriesListPagesWhereTheTermIsUsed() throws {
        let request = HandoutRequest(collectionID: "treatment-options", date: date)
        let url = try build(request)
        let pages = try PDFTools.pageTexts(url)
        let glossary = builder.resources.content.glossary
        let text = try PDFTools.text(url).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\u{A0}", with: " ")
        guard let start = text.range(of: "Words used in this handout", options: .backwards) else {
            Issue.record("no glossary")
            return
        }
        var checked = 0
        for entry in glossary.entries {
            let pattern = "\(entry.term)[^.]*?: .*?See pages? ([0-9, –and]+)\\."
            guard let match = text[start.upperBound...].range(of: pattern, options: .regularExpression) else { continue }
            let references = String(text[match]).components(separatedBy: "See page").last ?? ""
            for page in Self.pageNumbers(references) {
                let onPage = pages[page - 1]
                #expect(([entry.term] + entry.also).contains { onPage.localizedCaseInsensitiveContains($0) },
                        "\(entry.term) is not on page \(page)")
            }
            checked += 1
        }
        #expect(checked >= 10)
    }

    /// "s 3, 5–7 and 12." → [3, 5, 6, 7, 12]
    static func pageNumbers(_ text: String) -> [Int] {
        text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "." }).filter { $0 != "and" && $0 != "s" }.flatMap { part -> [Int] in
            let bounds = part.split(separator: "–").compactMap { Int($0) }
            return bounds.count == 2 ? Array(bounds[0]...bounds[1]) : bounds
        }
    }

    @Test func pageLabelsAreThePrintedPageNumbers() throws {
        let url = try build(HandoutRequest(collectionID: "newly-diagnosed", date: date))
        let labels = try PDFStructure(url).pageLabels
        let pages = try PDFTools.pageTexts(url)
        #expect(labels.count == pages.count)
        for (index, label) in labels.enumerated() {
            #expect(pages[index].contains("Page \(label) of \(pages.count)"))
        }
    }

    @Test func contentsFollowTheLayout() throws {
        func hasContents(_ request: HandoutRequest) throws -> Bool {
            try PDFTools.pageTexts(try build(request))[0].contains("Contents")
        }
        #expect(try !hasContents(HandoutRequest(topicIDs: ["tace"], date: date)), "auto: short handouts have none")
        #expect(try hasContents(HandoutRequest(collectionID: "full-booklet", date: date)), "auto: long handouts have contents")
        let folder = try Repository.temporaryFolder()
        let standard = try String(contentsOf: Repository.layouts.appendingPathComponent("standard.yaml"), encoding: .utf8)
        for setting in ["always", "never"] {
            let layout = folder.appendingPathComponent("\(setting).yaml")
            try standard.replacingOccurrences(of: "contents: auto", with: "contents: \(setting)")
                .write(to: layout, atomically: true, encoding: .utf8)
            #expect(try hasContents(HandoutRequest(topicIDs: ["tace"], layout: layout.path, date: date)) == (setting == "always"))
            #expect(try hasContents(HandoutRequest(collectionID: "full-booklet", layout: layout.path, date: date)) == (setting == "always"))
        }
    }
}

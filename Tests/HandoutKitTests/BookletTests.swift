import Document
import Foundation
import HandoutTestSupport
import PageModel
import Testing
@testable import HandoutKit

/// The A5 booklet: imposed sheets read back with poppler and qpdf, and its plain reading copy.
@Suite struct BookletTests {
    let builder: HandoutBuilder
    let date = CalendarDay("2026-11-23")!
    let sheetWidth = 841.89
    let sheetHeight = 595.276

    init() throws {
        builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root))
    }

    func request(_ collection: String, layout: String = "booklet", imposition: Layout.Booklet.Imposition? = nil) -> HandoutRequest {
        HandoutRequest(collectionID: collection, layout: layout, date: date, imposition: imposition)
    }

    /// The text of one half of a sheet side (PDF page `side`, from 1).
    func text(_ url: URL, side: Int, right: Bool) throws -> String {
        let half = Int(sheetWidth / 2)
        let crop = ["-x", right ? "\(half + 1)" : "0", "-y", "0", "-W", "\(half)", "-H", "\(Int(sheetHeight) + 1)"]
        return try CommandLineTool.run("pdftotext", ["-f", "\(side)", "-l", "\(side)"] + crop + [url.path, "-"]).output
    }

    /// The N of "Page N of M" in `text`, if there is a page number.
    func pageNumber(_ text: String) -> Int? {
        guard let match = text.firstMatch(of: /Page (\d+) of \d+/) else { return nil }
        return Int(match.1)
    }

    @Test func sheetsAreLandscapeA4WithThePagesInSaddleStitchOrder() throws {
        // A collection whose booklet needs a Notes page and a blank, whatever the content's length.
        let collections = builder.resources.content.collections.map(\.id)
        let candidates = try collections.map { id in
            (id, try builder.build(request(id, imposition: Layout.Booklet.Imposition.none)))
        }
        let (collection, reading) = try #require(candidates.first { _, reading in
            SaddleStitch.paddedPageCount(reading.pageCount) - reading.pageCount >= 2
        })
        let imposed = try builder.build(request(collection))
        let title = try builder.resources.title(for: request(collection), topics: try builder.resources.topics(for: request(collection)))
        let contentPages = reading.pageCount
        let padded = SaddleStitch.paddedPageCount(contentPages)
        #expect(imposed.pageCount == padded)
        #expect(imposed.sheets?.count == padded / 4 && imposed.sheets?.paper == "A4")
        let url = try PDFTools.save(imposed.data)
        let info = try PDFTools.info(url)
        #expect(info["Pages"] == "\(padded / 2)")
        #expect(info["Page size"]?.hasPrefix("841.89 x 595.276 pts") == true)
        // The About page (or pages) ends the reading copy, and is the back of the booklet. The
        // contents name it too, so its first page is the last one with its title.
        let readingPages = try PDFTools.pageTexts(try PDFTools.save(reading.data))
        let aboutPages = readingPages.count - (try #require(readingPages.lastIndex { $0.contains("About this leaflet") }))
        let front = contentPages - aboutPages
        for (index, side) in SaddleStitch(pages: padded).sides.enumerated() {
            for (page, isRight) in [(side.leftPage, false), (side.rightPage, true)] {
                let text = try text(url, side: index + 1, right: isRight)
                // Content pages, the Notes page and the About page are numbered; the pages between are blank.
                if page <= front + 1 || page > padded - aboutPages {
                    #expect(pageNumber(text) == page, "sheet side \(index + 1): expected page \(page)")
                    #expect(text.contains("of \(padded)"))
                } else {
                    #expect(text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "page \(page) is blank")
                }
                if page == front + 1 { #expect(text.hasPrefix(String(title.prefix(12))) && text.contains("\nNotes\n")) }
                if page == padded - aboutPages + 1 { #expect(text.contains("About this leaflet")) }
                if page == 1 {
                    // The contents give the About page the number it has after the padding.
                    let entry = text.firstMatch(of: /About this leaflet\s+(\d+)/).flatMap { Int($0.1) }
                    #expect(entry == padded - aboutPages + 1, "\(text)")
                }
            }
        }
    }

    @Test func theReadingCopyIsThePlainA5PagesInOrder() throws {
        let reading = try builder.build(request("newly-diagnosed", imposition: Layout.Booklet.Imposition.none))
        #expect(reading.sheets == nil)
        let url = try PDFTools.save(reading.data)
        let info = try PDFTools.info(url)
        #expect(info["Page size"]?.hasPrefix("419.528 x 595.276 pts") == true)
        #expect(info["Pages"] == "\(reading.pageCount)")
        let pages = try PDFTools.text(url).split(separator: "\u{0C}", omittingEmptySubsequences: false).dropLast()
        #expect(pages.enumerated().allSatisfy { pageNumber(String($0.element)) == $0.offset + 1 })
        #expect(pages.last.map { pageNumber(String($0)) } == reading.pageCount, "no padding")
    }

    @Test func pageNumbersSitInTheOuterCorners() throws {
        let reading = try builder.build(request("newly-diagnosed", imposition: Layout.Booklet.Imposition.none))
        let url = try PDFTools.save(reading.data)
        let (half, height) = (419.528 / 2, 595.276)
        for page in 1...reading.pageCount {
            let outerHalf = page % 2 == 0 ? ["-x", "0"] : ["-x", "\(Int(half) + 1)"]
            let crop = outerHalf + ["-y", "\(Int(height * 0.9))", "-W", "\(Int(half))", "-H", "\(Int(height * 0.1) + 1)"]
            let foot = try CommandLineTool.run("pdftotext", ["-f", "\(page)", "-l", "\(page)"] + crop + [url.path, "-"]).output
            #expect(pageNumber(foot) == page, "page \(page): the number is on the \(page % 2 == 0 ? "left" : "right")")
        }
    }

    @Test func sheetsKeepVectorTextWithEachFontEmbeddedOnce() throws {
        let imposed = try builder.build(request("full-booklet"))
        let url = try PDFTools.save(imposed.data)
        let check = try CommandLineTool.run("qpdf", ["--check", url.path])
        #expect(check.status == 0, "\(check.output)")
        func faces(_ url: URL) throws -> [String: Int] {
            let names = try PDFTools.fonts(url).compactMap { $0.split(separator: " ").first?.split(separator: "+").last.map(String.init) }
            return Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +)
        }
        // The diagrams' labels are set by librsvg in the same typeface, embedded as fonts of their
        // own; imposing the pages adds no more.
        let reading = try PDFTools.save(try builder.build(request("full-booklet", imposition: Layout.Booklet.Imposition.none)).data)
        let imposedFaces = try faces(url)
        let readingFaces = try faces(reading)
        #expect(!imposedFaces.isEmpty && imposedFaces == readingFaces, "one embedded subset per face and text setter: \(imposedFaces)")
        // Text is drawn as text at its own size: nothing rasterised, scaled or wrapped in forms.
        let sheets = try PDFTextSizes.pages(url)
        #expect(sheets.allSatisfy { $0.externalObjects == 0 })
        #expect(Set(sheets.flatMap(\.sizes).map { ($0 * 100).rounded() / 100 }).contains(12))
        #expect(try PDFTools.text(url).contains("Chemoembolisation is a way of giving chemotherapy"))
        #expect(try PDFTools.info(url)["Tagged"] == "no")
    }

    @Test func linksAreClickableInTheReadingCopyButNotOnTheSheets() throws {
        let content = try Repository.temporaryFolder().appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Repository.content, to: content)
        let tace = try String(contentsOf: content.appendingPathComponent("topics/tace.md"), encoding: .utf8)
        try tace.replacingOccurrences(
            of: "This is shortened to TACE.", with: "This is shortened to TACE. See [Macmillan](https://www.macmillan.org.uk).")
            .write(to: content.appendingPathComponent("topics/tace.md"), atomically: true, encoding: .utf8)
        let builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root, contentDirectory: content))
        func linkCount(_ imposition: Layout.Booklet.Imposition) throws -> (links: Int, web: Int) {
            let pdf = try builder.pdf(for: HandoutRequest(topicIDs: ["tace"], layout: "booklet", date: date, imposition: imposition))
            let source = try PDFTools.save(pdf)
            let qdf = source.deletingLastPathComponent().appendingPathComponent("qdf.pdf")
            try CommandLineTool.run("qpdf", ["--qdf", "--object-streams=disable", source.path, qdf.path])
            let text = String(decoding: try Data(contentsOf: qdf), as: UTF8.self)
            return (links: text.components(separatedBy: "/Subtype /Link").count - 1,
                    web: text.components(separatedBy: "/URI (https://www.macmillan.org.uk)").count - 1)
        }
        let reading = try linkCount(Layout.Booklet.Imposition.none)
        #expect(reading.web >= 1 && reading.links > reading.web, "web links and the glossary link on TACE's first use")
        #expect(try linkCount(.saddleStitch).links == 0)
    }

    @Test func creepMovesTheInnerSheetsPagesTowardTheSpine() throws {
        let folder = try Repository.temporaryFolder()
        let layout = folder.appendingPathComponent("thick.yaml")
        let booklet = try String(contentsOf: Repository.layouts.appendingPathComponent("booklet.yaml"), encoding: .utf8)
        try booklet.replacingOccurrences(of: "paper-thickness: 0.1", with: "paper-thickness: 0.5")
            .write(to: layout, atomically: true, encoding: .utf8)
        let built = try builder.build(request("full-booklet", layout: layout.path))
        let url = try PDFTools.save(built.data)
        let thickness = 0.5 * 72 / 25.4
        // On the back of sheet k the left page is page 2k+2; its running header starts at the left margin.
        func headerStart(sheet: Int) throws -> Double {
            let page = 2 * sheet + 2
            let boxes = try CommandLineTool.run("pdftotext", ["-bbox", "-f", "\(page)", "-l", "\(page)", url.path, "-"]).output
            let match = try #require(boxes.firstMatch(of: /<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="[0-9.]+" yMax="[0-9.]+">Secondary<\/word>/))
            return try #require(Double(match.1))
        }
        let outer = try headerStart(sheet: 0)
        for sheet in [1, 5, built.pageCount / 4 - 1] {
            #expect(abs(try headerStart(sheet: sheet) - outer - Double(sheet) * thickness) < 0.01, "sheet \(sheet)")
        }
    }

    @Test func impositionNeedsABookletLayout() {
        #expect(throws: HandoutError("--imposition saddle-stitch: layout 'standard' has no booklet: section; use --layout booklet")) {
            try builder.pdf(for: HandoutRequest(topicIDs: ["tace"], date: date, imposition: .saddleStitch))
        }
        #expect(throws: Never.self) {
            try builder.pdf(for: HandoutRequest(topicIDs: ["tace"], date: date, imposition: Layout.Booklet.Imposition.none))
        }
    }
}

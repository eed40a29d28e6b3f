import Document
import Foundation
import HandoutTestSupport
import PageModel
import Testing
@testable import HandoutKit

/// The organisation's logo on page 1 (and in the running header when the layout asks), and the
/// "About this leaflet" page at the end, as a reader sees them in the PDF and the HTML.
@Suite struct BrandingTests {
    let builder: HandoutBuilder
    let date = CalendarDay("2026-11-23")!

    init() throws {
        builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root))
    }

    /// Every image on `page` of `document`.
    func images(_ document: PagedDocument, page: Int) -> [PlacedImage] {
        document.pages[page].items.compactMap { if case let .image(image) = $0 { image } else { nil } }
    }

    /// A copy of Layouts/`name`.yaml with `branding` lines added.
    func layout(_ name: String, branding: String) throws -> String {
        try LayoutCopy.path(name, adding: "branding:\n" + branding)
    }

    @Test func theLogoTopsPageOneAtTheLayoutsHeightTaggedWithItsAltText() throws {
        let request = HandoutRequest(topicIDs: ["tace"], date: date)
        let document = try builder.pages(for: request)
        let logo = try #require(images(document, page: 0).first { $0.path.hasSuffix("kestrelbrook-logo.svg") })
        let setup = Layout.Branding.standard
        #expect(abs(logo.frame.size.height - setup.logoHeight) < 0.01)
        let standard = try HandoutResources(root: Repository.root).layout("standard")
        #expect(abs(logo.frame.minY - standard.page.marginTop) < 0.01 && abs(logo.frame.minX - standard.page.marginLeft) < 0.01)
        #expect(images(document, page: 1).allSatisfy { !$0.path.hasSuffix("kestrelbrook-logo.svg") }, "no header logo by default")
        let structure = try PDFStructure(try PDFTools.save(try builder.pdf(of: document)))
        #expect(structure.structureElements("Figure").contains { PDFStructure.string($0["/Alt"]) == "Kestrelbrook Hospitals" })
    }

    @Test func aLayoutCanPutASmallLogoInTheRunningHeader() throws {
        let path = try layout("standard", branding: "  header-logo: true\n  logo-height: 20\n")
        let document = try builder.pages(for: HandoutRequest(topicIDs: ["tace"], layout: path, date: date))
        #expect(abs(try #require(images(document, page: 0).first).frame.size.height - 20 * 72 / 25.4) < 0.01)
        let header = try #require(images(document, page: 1).first { $0.path.hasSuffix("kestrelbrook-logo.svg") })
        let standard = try HandoutResources(root: Repository.root).layout("standard")
        #expect(header.frame.maxY < standard.page.marginTop, "in the top margin, above the text")
        #expect(header.frame.maxX <= standard.page.width - standard.page.marginRight + 0.01)
        #expect(header.frame.size.height < 24)
    }

    @Test func theLastPageIsAboutTheLeaflet() throws {
        let url = try PDFTools.save(try builder.pdf(for: HandoutRequest(topicIDs: ["tace", "sirt"], date: date)))
        let pages = try PDFTools.pageTexts(url)
        let start = try #require(pages.firstIndex { $0.contains("About this leaflet") })
        let last = pages[start...].joined(separator: "\n")
        for text in [
            "About this leaflet", "Kestrelbrook Hospitals", "0113 496 0123", "Chemoembolisation (TACE)",
            "1 November 2026", "1 November 2027", "Printed: 23 November 2026", "Version: 1 November 2026", "Leaflet code: KBH-",
            "Patient Information Team", "large print, braille",
        ] {
            #expect(last.contains(text), "\(text)")
        }
        #expect(try PDFValidator.report(url, profiles: [.ua1, .a2a]) == nil)
    }

    /// Dates and the phone number never break across lines, however narrow the table's cells:
    /// each is on one line of pdftotext's reading, in every layout (large print sets the table as
    /// a list once the dates no longer fit side by side).
    @Test(arguments: ["standard", "booklet", "large-print"])
    func theAboutPagesDatesAndPhoneNumberAreNeverBroken(layout: String) throws {
        let request = HandoutRequest(
            topicIDs: ["tace", "sirt", "hepatic-artery-chemotherapy"], layout: layout, date: date, imposition: Layout.Booklet.Imposition.none)
        let url = try PDFTools.save(try builder.pdf(for: request))
        let pages = try PDFTools.pageTexts(url)
        let start = try #require(pages.firstIndex { $0.contains("About this leaflet") })
        let lines = pages[start...].joined(separator: "\n").split(separator: "\n")
        let (handout, _) = try builder.compose(request)
        let topics = try builder.resources.topics(for: request)
        let dates = Array(Set(topics.flatMap { [$0.reviewed, $0.reviewDue] }.map { $0.longForm(in: .british) })) + ["23 November 2026"]
        for text in dates + [try #require(handout.organisation?.phone)] {
            let count = lines.filter { $0.contains(text) }.count
            #expect(count >= 1, "\(text) is broken or missing in \(layout)")
        }
        #expect(try PDFValidator.report(url, profiles: [.ua1, .a2a]) == nil)
    }

    /// An A5 booklet's About page, which set as on A4 takes two pages, is set tighter and fits
    /// one; on A4, where it fits, it is set in full.
    @Test func theAboutPageOfATwoTopicBookletFitsOnePage() throws {
        func aboutPages(_ layout: String) throws -> [String] {
            let request = HandoutRequest(topicIDs: ["tace", "sirt"], layout: layout, date: date, imposition: Layout.Booklet.Imposition.none)
            let url = try PDFTools.save(try builder.pdf(for: request))
            #expect(try PDFValidator.report(url, profiles: [.ua1, .a2a]) == nil)
            let pages = try PDFTools.pageTexts(url)
            return Array(pages[try #require(pages.firstIndex { $0.contains("About this leaflet") })...])
        }
        let booklet = try aboutPages("booklet")
        #expect(booklet.count == 1)
        let back = booklet[0].split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for text in ["Kestrelbrook Hospitals", "Tell us what you think", "You can ask for this leaflet as large print", "Where the information comes from",
            "Selective internal radiotherapy (SIRT)", "Treating cancer that has spread to the liver", "Leaflet code: KBH-", "Printed: 23 November 2026"]
        {
            #expect(back.contains(text), "\(text)")
        }
        #expect(!back.contains("This leaflet is written and published by"), "set tighter")
        let standard = try aboutPages("standard")
        #expect(standard.count == 1)
        #expect(standard[0].contains("This leaflet is written and published by"), "set in full")
    }

    @Test func theLeafletCodeFollowsTheTopics() throws {
        func code(_ topics: [String]) throws -> String? {
            try builder.compose(HandoutRequest(topicIDs: topics, date: date)).handout.about?.code
        }
        #expect(try code(["tace", "sirt"]) == code(["sirt", "tace"]), "the same topics, whatever their order")
        #expect(try code(["tace"]) != code(["sirt"]))
    }

    @Test func inABookletTheAboutPageIsTheBackPage() throws {
        // The imposed booklet's pages, before they go on sheets: padded to a multiple of 4.
        let document = try builder.pages(for: HandoutRequest(topicIDs: ["tace"], layout: "booklet", date: date))
        #expect(document.pages.count % 4 == 0)
        let last = try #require(document.pages.last).items.compactMap { if case let .text(run) = $0 { run.text } else { nil } }.joined()
        #expect(last.contains("Printed"), "the About page is the back page")
        #expect(last.contains("Page \(document.pages.count) of \(document.pages.count)"), "numbered as the back page")
    }

    @Test func aLayoutCanLeaveTheAboutPageOut() throws {
        let path = try layout("standard", branding: "  about-page: false\n")
        let text = try PDFTools.text(try PDFTools.save(try builder.pdf(for: HandoutRequest(topicIDs: ["tace"], layout: path, date: date))))
        #expect(!text.contains("About this leaflet"))
    }

    @Test func theHTMLHasTheLogoARealTableAndTheAboutSection() throws {
        let request = HandoutRequest(topicIDs: ["deciding-about-treatment", "what-is-secondary-liver-cancer"], date: date)
        let html = String(decoding: try builder.build(request, as: .html).data, as: UTF8.self)
        #expect(html.contains("alt=\"Kestrelbrook Hospitals\""))
        #expect(html.contains("<table>") && html.contains("<th scope=\"col\">Treatment</th>"))
        #expect(html.contains("<figure>") && html.contains("<figcaption>Your liver sits under your ribs"))
        #expect(html.contains("<h2 id=\"about-this-leaflet\">About this leaflet</h2>"))
    }
}

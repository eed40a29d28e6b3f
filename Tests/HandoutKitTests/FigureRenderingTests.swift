import Document
import Foundation
import HandoutTestSupport
import PageModel
import Testing
@testable import HandoutKit

/// Figures as they come out: in the PDF inside the margins at their size, JPEG embedded as it is,
/// rasters never under 150 dpi, and tagged Figure with a Caption.
@Suite struct FigureRenderingTests {
    let fixture: ContentFixture
    let builder: HandoutBuilder
    let request = HandoutRequest(topicIDs: ["pictures"], date: CalendarDay("2026-11-23")!)

    init() throws {
        fixture = try ContentFixture()
        try fixture.glossary("[]\n")
        try fixture.blackSVG("box.svg", width: 200, height: 100)
        try fixture.write(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"10\"><rect width=\"40\" height=\"10\" fill=\"#888888\"/></svg>",
            to: "figures/wave.svg")
        try fixture.copyFigure("low-resolution.png")
        try fixture.copyFigure("photo-300dpi.jpg")
        try fixture.topic(
            "pictures",
            body: """
                The box is shown here:

                ![A black box, twice as wide as it is tall](figures/box.svg "A black box")

                ![](figures/wave.svg "decorative")

                ![A scan of a page](figures/low-resolution.png "A scan")

                ![A photo of a page](figures/photo-300dpi.jpg "A photo")
                """)
        builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root, contentDirectory: fixture.folder))
    }

    /// Every image on every page, with its page number.
    func images(_ document: PagedDocument) -> [(page: Int, image: PlacedImage)] {
        document.pages.enumerated().flatMap { index, page in
            page.items.compactMap { item -> (Int, PlacedImage)? in
                if case let .image(image) = item { return (index + 1, image) }
                return nil
            }
        }
    }

    @Test func theSVGIsDrawnInsideTheMarginsAtItsNaturalSize() throws {
        let document = try builder.pages(for: request)
        let layout = try builder.resources.layout("standard")
        let box = try #require(images(document).first { $0.image.path.hasSuffix("box.svg") })
        #expect(abs(box.image.frame.size.width - 150) < 0.01 && abs(box.image.frame.size.height - 75) < 0.01)
        #expect(box.image.frame.minX >= layout.page.marginLeft - 0.01)
        #expect(box.image.frame.maxX <= layout.page.width - layout.page.marginRight)
        #expect(box.image.frame.minY >= layout.page.marginTop)
        // Where the PDF's page is black is where the page model put the box (1 px = 1 pt at 72 dpi).
        let url = try PDFTools.save(try builder.pdf(of: document))
        let drawn = try #require(try blackArea(of: url, page: box.page))
        #expect(abs(drawn.minX - box.image.frame.minX) <= 1 && abs(drawn.maxX - box.image.frame.maxX) <= 1)
        #expect(abs(drawn.minY - box.image.frame.minY) <= 1 && abs(drawn.maxY - box.image.frame.maxY) <= 1)
    }

    @Test func rastersKeep150DPIAndTheJPEGIsEmbeddedAsItIs() throws {
        let url = try PDFTools.save(try builder.pdf(for: request))
        let list = try CommandLineTool.run("pdfimages", ["-list", url.path]).output
        let rows = list.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        // Columns: page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio.
        let jpeg = try #require(rows.first { $0[8] == "jpeg" })
        #expect(jpeg[3] == "900" && jpeg[4] == "450")
        #expect(jpeg[12] == "300", "printed at its own 300 dpi")
        let png = try #require(rows.first { $0[3] == "496" })
        #expect(png[8] != "jpeg")
        #expect(png[12] == "150", "a 72 dpi image is printed smaller, at 150 dpi, not blurred")
    }

    @Test func figuresAreTaggedWithCaptionsAndDecorativeImagesAreLeftOut() throws {
        let url = try PDFTools.save(try builder.pdf(for: request))
        let structure = try PDFStructure(url)
        #expect(structure.structureKinds["Caption"] == 3)
        let figures = structure.structureElements("Figure")
        #expect(figures.count == 3, "the decorative image is not a Figure")
        #expect(Set(figures.compactMap { PDFStructure.string($0["/Alt"]) })
            == ["A black box, twice as wide as it is tall", "A scan of a page", "A photo of a page"])
        #expect(figures.allSatisfy { (($0["/A"] as? [String: Any])?["/BBox"] as? [Double])?.count == 4 })
        let text = try PDFStructure.structureText(url)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let figure = try #require(lines.firstIndex { $0.hasPrefix("Figure") })
        let caption = try #require(lines[figure...].firstIndex(of: "Caption"))
        #expect(caption - figure <= 3, "the box has no text of its own; its caption follows it")
        #expect(lines[caption + 1] == "\"A black box\"")
    }

    @Test func aFigureMovesOnWhenItDoesNotFitAndTheTextAfterItFillsTheGap() throws {
        let filler = (1...9).map { "Paragraph \($0) has enough words in it to fill a few lines of the page, one after another, so that the page fills up." }
        try fixture.topic(
            "pictures",
            body: filler.joined(separator: "\n\n") + "\n\n![A black box](figures/tall.svg \"Tall\")\n\nThe text after the figure.\n")
        try fixture.blackSVG("tall.svg", width: 400, height: 560)
        let document = try HandoutBuilder(
            resources: try HandoutResources(root: Repository.root, contentDirectory: fixture.folder)
        ).pages(for: request)
        let box = try #require(images(document).first)
        #expect(box.page == 2, "the figure does not fit on page 1")
        let pageOne = document.pages[0].items.compactMap { item -> String? in
            if case let .text(run) = item { return run.text }
            return nil
        }.joined(separator: " ")
        #expect(pageOne.contains("figure."), "the paragraph after the figure moved up into the gap")
    }

    /// The bounding box of the pure black pixels of `page`, rendered at 72 dpi.
    func blackArea(of url: URL, page: Int) throws -> Rect? {
        let base = try Repository.temporaryFolder().appendingPathComponent("page")
        _ = try CommandLineTool.run("pdftoppm", ["-gray", "-r", "72", "-f", "\(page)", "-l", "\(page)", "-singlefile", url.path, base.path])
        let data = try Data(contentsOf: URL(fileURLWithPath: base.path + ".pgm"))
        // Binary PGM: "P5", width, height, maximum, each followed by white space, then one byte a pixel.
        var fields: [Int] = []
        var index = 2
        while fields.count < 3 {
            while data[index] == 0x20 || data[index] == 0x0a { index += 1 }
            var number = 0
            while data[index] >= 0x30, data[index] <= 0x39 { number = number * 10 + Int(data[index] - 0x30); index += 1 }
            fields.append(number)
        }
        index += 1
        let width = fields[0]
        var (minX, minY, maxX, maxY) = (Int.max, Int.max, -1, -1)
        for offset in 0..<(data.count - index) where data[index + offset] < 8 {
            let x = offset % width
            let y = offset / width
            (minX, minY, maxX, maxY) = (min(minX, x), min(minY, y), max(maxX, x), max(maxY, y))
        }
        guard maxX >= 0 else { return nil }
        return Rect(x: Double(minX), y: Double(minY), width: Double(maxX - minX + 1), height: Double(maxY - minY + 1))
    }
}

import Foundation
import HandoutTestSupport
import PageModel
import Testing
@testable import Render

/// The renderers on a small hand-made page model, so each tag, link and label is known.
@Suite struct RendererTests {
    let font = FontFile(path: Repository.fonts.appendingPathComponent("DejaVuSans.ttf").path)

    /// "ab" in DejaVu Sans (glyphs 68 and 69), one cluster per letter.
    func text(_ y: Double, _ label: String = "ab") -> PageItem {
        let glyphs = label.unicodeScalars.enumerated().map {
            PlacedGlyph(id: $1.value - 29, x: Double($0) * 7, y: 0)
        }
        return .text(GlyphRun(
            font: 0, size: 12, origin: Point(x: 20, y: y), text: label, glyphs: glyphs,
            clusters: glyphs.map { _ in Cluster(bytes: 1, glyphs: 1) }, color: .black, width: Double(glyphs.count) * 7))
    }

    func footer(_ label: String) -> [PageItem] { [.begin(.artifact(.footer)), text(190, label), .end] }

    var document: PagedDocument {
        let size = Size(width: 200, height: 200)
        let first = Page(size: size, items: [
            .begin(.structure(.heading1)), .anchor("top", at: Point(x: 20, y: 20)), text(30, "head"), .end,
            .begin(.structure(.paragraph)), text(60, "one"),
        ] + footer("foot"), label: "i")
        let second = Page(size: size, items: [
            text(30, "two"),
            .begin(.link(.url("https://example.org/a'b"), area: Rect(x: 20, y: 40, width: 30, height: 14))), text(50, "web"), .end,
            .end,
            .begin(.structure(.paragraph)),
            .begin(.link(.destination("top"), area: Rect(x: 20, y: 70, width: 30, height: 14))), text(80, "back"), .end,
            .end,
        ] + footer("foot"), label: "ii")
        let third = Page(size: size, items: [.begin(.structure(.paragraph)), text(30, "end"), .end], label: "1")
        return PagedDocument(
            info: DocumentInfo(title: "Test", subject: "", creator: "", date: "2026-01-01"), fonts: [font],
            pages: [first, second, third],
            outline: [
                OutlineEntry(title: "Top", level: 1, destination: "top"),
                OutlineEntry(title: "Inner", level: 2, destination: "top"),
                OutlineEntry(title: "Next", level: 1, destination: "top"),
            ])
    }

    @Test func tagsLinksBookmarksAndLabelsReachThePDF() throws {
        let url = try PDFTools.save(try PDFRenderer().render(document))
        #expect(try PDFTools.info(url)["Tagged"] == "yes")
        let structure = try PDFStructure(url)
        #expect(structure.pageLabels == ["i", "ii", "1"])
        #expect(structure.bookmarks == [
            Bookmark(title: "Top", page: 1, children: [Bookmark(title: "Inner", page: 1, children: [])]),
            Bookmark(title: "Next", page: 1, children: []),
        ])
        #expect(structure.destinationNames == ["top"])
        #expect(structure.links.map(\.uri).contains("https://example.org/a'b"))
        #expect(structure.links.map(\.destination).contains("top"))
        #expect(structure.structureKinds["Document"] == 1 && structure.structureKinds["H1"] == 1)
        #expect(structure.structureKinds["P"] == 3 && structure.structureKinds["Link"] == 2)
        let check = try CommandLineTool.run("qpdf", ["--check", url.path])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func aParagraphAcrossPagesIsOneElementAndFurnitureStaysOut() throws {
        let url = try PDFTools.save(try PDFRenderer().render(document))
        let tree = try PDFStructure.structureText(url)
        #expect(!tree.contains("foot"), "artifacts are not in the structure")
        let paragraph = try #require(tree.range(of: "P (block)"))
        let rest = tree[paragraph.upperBound...]
        let nextElement = rest.range(of: "\n  P (block)")?.lowerBound ?? rest.endIndex
        let first = rest[..<nextElement]
        #expect(first.contains("\"one\"") && first.contains("\"two\"") && first.contains("\"web\""), "\(first)")
        #expect(try PDFTools.text(url).filter { !$0.isWhitespace }.contains("foot"), "but they print")
    }

    @Test func tagsThatDoNotNestAreAnErrorNamingThePage() {
        var broken = document
        broken.pages[1].items.append(.end)
        #expect(throws: RenderError.unbalancedTags(page: 2)) { try PDFRenderer().render(broken) }
        broken = document
        broken.pages[2].items.removeLast()
        #expect(throws: RenderError.unbalancedTags(page: 3)) { try PDFRenderer().render(broken) }
    }

    @Test func thePostStepWritesWhatCairoCannotAndStaysDeterministic() throws {
        let pdf = try PDFRenderer().render(document)
        #expect(try PDFRenderer().render(document) == pdf, "deterministic")
        let url = try PDFTools.save(pdf)
        let structure = try PDFStructure(url)
        #expect(structure.catalog["/Lang"] as? String == "en-GB")
        #expect((structure.catalog["/OutputIntents"] as? [Any])?.count == 1)
        let trailer = try CommandLineTool.run("qpdf", ["--show-object=trailer", url.path]).output
        #expect(trailer.contains("/ID ["), "\(trailer)")
        let annotations = structure.objects.values.compactMap { $0 as? [String: Any] }.filter { $0["/Subtype"] as? String == "/Link" }
        #expect(Set(annotations.compactMap { $0["/Contents"] as? String }) == ["web", "back"])
        #expect(annotations.allSatisfy { $0["/F"] as? Int == 4 }, "links print")
        let pages = structure.objects.values.compactMap { $0 as? [String: Any] }.filter { $0["/Type"] as? String == "/Page" }
        #expect(pages.count == 3 && pages.allSatisfy { $0["/Tabs"] as? String == "/S" })
        let xmp = try CommandLineTool.run("qpdf", ["--show-object=\(structure.catalog["/Metadata"] as? String ?? "")", "--raw-stream-data", url.path]).output
        #expect(xmp.contains("<pdfuaid:part>1</pdfuaid:part>") && xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"))
        #expect(xmp.contains("<rdf:li xml:lang=\"x-default\">Test</rdf:li>"))
        #expect(try PDFValidator.report(url, profiles: [.ua1, .a2a]) == nil)
    }

    @Test func structureAttributesReachTheirElements() throws {
        var document = document
        let box = Rect(x: 20, y: 100, width: 50, height: 40)
        document.pages[2].items = [
            .begin(.structure(.paragraph, StructureAttributes(alternativeText: "A drawn box", language: "cy", boundingBox: box))),
            text(30, "end"), .end,
            .begin(.structure(.paragraph, StructureAttributes(headerScope: .column))), text(60, "head"), .end,
        ]
        let structure = try PDFStructure(try PDFTools.save(try PDFRenderer().render(document)))
        let elements = structure.objects.values.compactMap { $0 as? [String: Any] }.filter { $0["/Type"] as? String == "/StructElem" }
        let described = try #require(elements.first { $0["/Alt"] as? String == "A drawn box" })
        #expect(described["/Lang"] as? String == "cy")
        let layout = try #require(described["/A"] as? [String: Any])
        #expect(layout["/O"] as? String == "/Layout")
        #expect((layout["/BBox"] as? [Double]) == [20, 60, 70, 100], "in PDF user space, y up from the page's foot")
        let header = try #require(elements.first { ($0["/A"] as? [String: Any])?["/Scope"] != nil })
        #expect((header["/A"] as? [String: Any])?["/O"] as? String == "/Table")
        #expect((header["/A"] as? [String: Any])?["/Scope"] as? String == "/Column")
        #expect(elements.filter { $0["/Alt"] != nil || $0["/A"] != nil }.count == 2, "no other element gets them")
    }

    @Test func aFileThePostStepCannotReadIsAClearError() {
        #expect { try PDFPostStep.apply(.init(info: document.info, standard: .archiveB), to: Data("%PDF-1.5\n".utf8)) } throws: {
            ($0 as? RenderError).map { "\($0)".hasPrefix("cannot make the PDF conform to PDF/UA and PDF/A: ") } ?? false
        }
    }

    @Test func pageLabelsCollapseRunsOfNumbers() {
        #expect(PDFPageLabels.numberTree(["1", "2", "3"]) == "<< /Nums [ 0 << /S /D /St 1 >> ] >>")
        #expect(PDFPageLabels.numberTree(["i", "ii", "1", "2", "5"])
            == "<< /Nums [ 0 << /P (i) >> 1 << /P (ii) >> 2 << /S /D /St 1 >> 4 << /S /D /St 5 >> ] >>")
        #expect(PDFText.literal("Seite ü") == "<FEFF00530065006900740065002000FC>")
    }

    @Test func previewsArePNGsOfThePageSizeAtTheResolution() throws {
        let images = try PNGRenderer().render(document, dpi: 144)
        #expect(images.count == 3)
        for image in images {
            #expect(PNGHeader(image)?.width == 400 && PNGHeader(image)?.height == 400)
        }
        #expect(throws: RenderError.resolutionOutOfRange(20)) { try PNGRenderer().render(document, dpi: 20) }
    }

    /// Sizes no layout allows still reach the renderers through the page model: each is a clear
    /// error, never a trap converting a Double to an Int.
    @Test func pagesAndLinksOffAnyScaleAreErrorsNotCrashes() {
        let info = DocumentInfo(title: "Test", subject: "", creator: "", date: "2026-01-01")
        for width in [1e300, .infinity, .nan, 0] {
            let page = Page(size: Size(width: width, height: 200), items: [text(30)], label: "1")
            let document = PagedDocument(info: info, fonts: [font], pages: [self.document.pages[2], page], outline: [])
            #expect(throws: RenderError.imageTooLarge(page: 2, dpi: 72)) { try PNGRenderer().render(document, dpi: 72) }
        }
        for x in [1e300, -.infinity, .nan] {
            let page = Page(size: Size(width: 200, height: 200), items: [
                .begin(.structure(.paragraph)), .begin(.link(.url("https://example.org"), area: Rect(x: x, y: 40, width: 30, height: 14))),
                text(50, "web"), .end, .end,
            ], label: "1")
            let document = PagedDocument(info: info, fonts: [font], pages: [page], outline: [])
            #expect { try PDFRenderer().render(document) } throws: { "\($0)".contains("is off any page") }
        }
    }
}

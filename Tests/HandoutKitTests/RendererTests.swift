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

    func footer(_ label: String) -> [PageItem] { [.begin(.artifact), text(190, label), .end] }

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

    @Test func theCatalogUpdateAppendsToCairosBytesAndKeepsTheFileValid() throws {
        let pdf = try PDFRenderer().render(document)
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.components(separatedBy: "%%EOF").count == 3, "cairo's file, then one update")
        #expect(text.contains("/Prev "))
        #expect(try PDFRenderer().render(document) == pdf, "deterministic")
        #expect(try PDFStructure(try PDFTools.save(pdf)).catalog["/Lang"] as? String == "en-GB")
        #expect(throws: RenderError.unexpectedPDF("the catalog already has /Lang")) {
            try PDFCatalogUpdate.setting([("/Lang", "(fr)")], in: pdf)
        }
        #expect(throws: RenderError.unexpectedPDF("no trailer or startxref at the end")) {
            try PDFCatalogUpdate.setting([("/Lang", "(fr)")], in: Data("%PDF-1.5\n".utf8))
        }
    }

    @Test func pageLabelsCollapseRunsOfNumbers() {
        #expect(PDFPageLabels.numberTree(["1", "2", "3"]) == "<< /Nums [ 0 << /S /D /St 1 >> ] >>")
        #expect(PDFPageLabels.numberTree(["i", "ii", "1", "2", "5"])
            == "<< /Nums [ 0 << /P (i) >> 1 << /P (ii) >> 2 << /S /D /St 1 >> 4 << /S /D /St 5 >> ] >>")
        #expect(PDFCatalogUpdate.textString("Seite ü") == "<FEFF00530065006900740065002000FC>")
    }

    @Test func previewsArePNGsOfThePageSizeAtTheResolution() throws {
        let images = try PNGRenderer().render(document, dpi: 144)
        #expect(images.count == 3)
        for image in images {
            #expect(PNGHeader(image)?.width == 400 && PNGHeader(image)?.height == 400)
        }
        #expect(throws: RenderError.resolutionOutOfRange(20)) { try PNGRenderer().render(document, dpi: 20) }
    }
}

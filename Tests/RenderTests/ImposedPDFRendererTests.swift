import Foundation
import HandoutTestSupport
import PageModel
import Testing
@testable import Render

@Suite struct ImposedPDFRendererTests {
    let a5 = Size(width: 419.528, height: 595.276)
    let a4Landscape = Size(width: 841.89, height: 595.276)

    /// The sheet rasterised by poppler at `dpi` as grey levels, row by row.
    func greyPixels(_ pdf: Data, page: Int, dpi: Int) throws -> (width: Int, height: Int, pixels: [UInt8]) {
        let url = try PDFTools.save(pdf)
        let prefix = url.deletingLastPathComponent().appendingPathComponent("sheet").path
        try CommandLineTool.run("pdftoppm", ["-gray", "-r", "\(dpi)", "-f", "\(page)", "-l", "\(page)", "-singlefile", url.path, prefix])
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm")))
        // Binary PGM: "P5", width, height, maximum value, each followed by one whitespace byte.
        var fields: [Int] = []
        var index = 2
        while fields.count < 3 {
            while bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
            let start = index
            while bytes[index] != 0x20 && bytes[index] != 0x0A { index += 1 }
            fields.append(Int(String(decoding: bytes[start..<index], as: UTF8.self))!)
        }
        return (fields[0], fields[1], Array(bytes[(index + 1)...]))
    }

    @Test func eachPageIsClippedToItsHalfOfTheSheet() throws {
        // Page 1 has a box far wider than the page; it sits right of the spine on the first side.
        let overflowing = PageItem.box(Rect(x: -300, y: 0, width: a5.width + 600, height: a5.height), fill: .black)
        let pages = [Page(size: a5, items: [overflowing])] + Array(repeating: Page(size: a5, items: []), count: 3)
        let document = PagedDocument(
            info: DocumentInfo(title: "Clip", subject: "", creator: "test", date: "2026-01-01"), fonts: [], pages: pages)
        let imposition = BookletImposition(pageSize: a5, sheetSize: a4Landscape, paperThickness: 0, marks: .none)
        let pdf = try ImposedPDFRenderer().render(document, imposition: imposition)
        let image = try greyPixels(pdf, page: 1, dpi: 20)
        let row = image.height / 2
        let spine = image.width / 2
        let left = image.pixels[(row * image.width)..<(row * image.width + spine - 1)]
        let right = image.pixels[(row * image.width + spine + 1)..<((row + 1) * image.width - 1)]
        #expect(left.allSatisfy { $0 > 250 }, "page 4 (blank) stays white")
        #expect(right.allSatisfy { $0 < 5 }, "page 1 is black up to the spine")
    }

    @Test func aShortDocumentIsPaddedWithBlankPages() throws {
        let page = Page(size: a5, items: [.box(Rect(x: 0, y: 0, width: 10, height: 10), fill: .black)])
        let document = PagedDocument(
            info: DocumentInfo(title: "Short", subject: "", creator: "test", date: "2026-01-01"), fonts: [],
            pages: [page, page, page])
        let imposition = BookletImposition(pageSize: a5, sheetSize: a4Landscape, paperThickness: 0, marks: .fold)
        let url = try PDFTools.save(try ImposedPDFRenderer().render(document, imposition: imposition))
        #expect(try PDFTools.info(url)["Pages"] == "2")
    }
}

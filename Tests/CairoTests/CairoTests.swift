import Foundation
import HandoutTestSupport
import Testing
@testable import Cairo

@Suite struct CairoTests {
    @Test func aMissingFontFileIsAnErrorNotACrash() {
        #expect(throws: CairoError.freeType(operation: "opening /nonexistent.ttf", code: 1)) {
            try FontFace(path: "/nonexistent.ttf")
        }
    }

    @Test func clustersThatDoNotCoverTheTextThrowInsteadOfDroppingDrawing() throws {
        let surface = try PDFSurface(width: 200, height: 200)
        let context = try Context(surface)
        try context.setFont(try FontFace(path: Repository.fonts.appendingPathComponent("DejaVuSans.ttf").path), size: 12)
        #expect(throws: CairoError.self) {
            try context.showTextGlyphs("abc", glyphs: [Glyph(index: 68, x: 10, y: 20)], clusters: [TextCluster(bytes: 1, glyphs: 1)])
        }
    }

    @Test func aPDFWithGlyphsAndClustersCopiesBackItsText() throws {
        let surface = try PDFSurface(width: 200, height: 100)
        try surface.setMetadata(.title, "Cairo test")
        let context = try Context(surface)
        try context.setFont(try FontFace(path: Repository.fonts.appendingPathComponent("DejaVuSans.ttf").path), size: 12)
        // DejaVu Sans: glyph 68 is "a", 69 "b"; one cluster per letter.
        try context.showTextGlyphs(
            "ab", glyphs: [Glyph(index: 68, x: 10, y: 50), Glyph(index: 69, x: 18, y: 50)],
            clusters: [TextCluster(bytes: 1, glyphs: 1), TextCluster(bytes: 1, glyphs: 1)])
        try context.showPage()
        let url = try PDFTools.save(try surface.finish())
        #expect(try PDFTools.text(url).trimmingCharacters(in: .whitespacesAndNewlines) == "ab")
        #expect(try PDFTools.info(url)["Title"] == "Cairo test")
    }

    @Test func imagesEncodeAsPNG() throws {
        let png = try ImageSurface(width: 4, height: 3).pngData()
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    }
}

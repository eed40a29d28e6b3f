import HandoutTestSupport
import Testing
@testable import Typesetting

@Suite struct ShapingTests {
    let shaper: Shaper

    init() throws {
        shaper = Shaper(fontSet: try FontSet(directory: Repository.fonts))
    }

    @Test func widthsScaleLinearlyWithSize() {
        let at12 = shaper.width("Secondary liver cancer", font: 0, size: 12)
        let at24 = shaper.width("Secondary liver cancer", font: 0, size: 24)
        #expect(at12 > 100 && at12 < 160)
        #expect(abs(at24 - 2 * at12) < 1e-9)
    }

    @Test func kerningIsApplied() {
        let pair = shaper.width("AV", font: 0, size: 100)
        let apart = shaper.width("A", font: 0, size: 100) + shaper.width("V", font: 0, size: 100)
        #expect(pair < apart - 1)
    }

    @Test func boldIsWiderThanRegular() {
        #expect(shaper.width("hepatic artery", font: 1, size: 12) > shaper.width("hepatic artery", font: 0, size: 12))
    }

    @Test func charactersTheMainFontLacksUseTheFallback() {
        let runs = TextItemiser(fontSet: shaper.fontSet, language: "en-GB").runs("pain→relief", levels: nil, preferring: 0)
        #expect(runs.map(\.text) == ["pain", "→", "relief"])
        #expect(runs.map(\.font) == [0, 4, 0])
        #expect(shaper.shape("→", font: 4).glyphs.allSatisfy { $0.id != 0 })
    }

    @Test func clustersCoverTextAndGlyphsExactly() {
        for text in ["office", "ﬁne", "naïve café", "x"] {
            let shaped = shaper.shape(text, font: 0)
            let clusters = LineAssembler.clusters(shaped, byteCount: text.utf8.count)
            #expect(clusters.reduce(0) { $0 + $1.bytes } == text.utf8.count)
            #expect(clusters.reduce(0) { $0 + $1.glyphs } == shaped.glyphs.count)
            #expect(clusters.allSatisfy { $0.bytes > 0 || $0.glyphs > 0 })
        }
    }
}

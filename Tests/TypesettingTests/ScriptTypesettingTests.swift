import CHarfBuzz
import Document
import HandoutTestSupport
import PageModel
import Testing
@testable import Typesetting

@Suite struct ScriptTypesettingTests {
    let fontSet: FontSet
    let shaper: Shaper
    let hyphenation: Hyphenation

    init() throws {
        fontSet = try FontSet(directory: Repository.fonts)
        shaper = Shaper(fontSet: fontSet)
        hyphenation = try Hyphenation()
    }

    @Test func textIsItemisedByScriptIntoTheFontsForEach() {
        let itemiser = TextItemiser(fontSet: fontSet, language: "en-GB")
        let runs = itemiser.runs("care देखभाल", levels: nil, preferring: 0)
        #expect(runs.map(\.text) == ["care ", "देखभाल"])
        #expect(runs[0].font == 0)
        #expect(fontSet.files[runs[1].font].path.hasSuffix("NotoSansDevanagari-Regular.ttf"))
        #expect(runs[1].script == HB_SCRIPT_DEVANAGARI.rawValue)
    }

    @Test func urduIsSetInNastaliqAndArabicInNaskhOrSans() {
        let urdu = TextItemiser(fontSet: fontSet, language: "ur").runs("درد", levels: nil, preferring: 0)
        let arabic = TextItemiser(fontSet: fontSet, language: "ar").runs("درد", levels: nil, preferring: 0)
        #expect(fontSet.files[urdu[0].font].path.contains("Nastaliq"))
        #expect(fontSet.files[arabic[0].font].path.contains("NotoSansArabic"))
    }

    @Test func aFallbackFontIsOpenedOnlyWhenTextNeedsIt() throws {
        let fresh = try FontSet(directory: Repository.fonts)
        let collector = WordCollector(shaper: Shaper(fontSet: fresh))
        let style = TextStyle(size: 12, color: .black, linkColor: .black, lineHeight: 1.4)
        _ = collector.words([TextSpan("Plain English, with “quotes” and a café.")], style: style)
        #expect(fresh.openFallbackCount == 0)
        _ = collector.words([TextSpan("ব্যথা")], style: style)
        #expect(fresh.openFallbackCount == 1)
    }

    @Test func fallbackFontsAreSizedToTheLatinXHeight() {
        let devanagari = TextItemiser(fontSet: fontSet, language: "hi").runs("दर्द", levels: nil, preferring: 0)[0].font
        let scale = fontSet.sizeScale(devanagari)
        let latin = fontSet.font(0).xHeight! / fontSet.font(0).unitsPerEm
        let font = fontSet.font(devanagari)
        #expect(abs(scale * font.xHeight! / font.unitsPerEm - latin) < 0.001)
        #expect(fontSet.sizeScale(0) == 1)
    }

    /// Urdu in Nastaliq is not sized by its x-height field (taller than its letters): its letters'
    /// bodies (the top of a beh) come out at the Latin x-height, as Arabic's in Noto Sans Arabic
    /// do, so Urdu is set at 1.15 to 1.25 times the body size, as large as Arabic within 5%.
    @Test func urduAndArabicLettersMatchTheLatinXHeight() {
        let latin = fontSet.font(0).xHeight! / fontSet.font(0).unitsPerEm
        var scales: [Double] = []
        for language in ["ur", "ar"] {
            let number = TextItemiser(fontSet: fontSet, language: language).runs("درد", levels: nil, preferring: 0)[0].font
            let font = fontSet.font(number)
            let scale = fontSet.sizeScale(number)
            #expect(abs(scale * font.letterHeight! / font.unitsPerEm - latin) < 0.001, "\(language)")
            #expect(font.letterHeight != font.xHeight, "\(language): the beh, not the x-height field")
            #expect((1.15...1.25).contains(scale), "\(language): \(scale)")
            scales.append(scale)
        }
        #expect(abs(scales[0] / scales[1] - 1) < 0.05)
    }

    @Test func arabicIsShapedRightToLeftAndJoined() {
        let runs = TextItemiser(fontSet: fontSet, language: "ar").runs("ممرضة", levels: [1, 1, 1, 1, 1], preferring: 0)
        #expect(runs.count == 1)
        let context = ShapingContext(script: runs[0].script, rightToLeft: true, language: hb_language_from_string("ar", -1))
        let joined = shaper.shape("ممرضة", font: runs[0].font, context: context)
        let isolated = "ممرضة".map { shaper.shape(String($0), font: runs[0].font, context: context).glyphs[0].id }
        // Visual order is the reverse of reading order, and joined letters take other forms than alone.
        #expect(joined.glyphs.map(\.cluster) == joined.glyphs.map(\.cluster).sorted(by: >))
        #expect(joined.glyphs.map(\.id) != isolated.reversed())
    }

    @Test func bidiFindsLevelsAndReordersEachLine() {
        let text = "abc אבג 123"
        let paragraph = Bidi.paragraph(text.unicodeScalars.map(\.value), defaultRightToLeft: false)
        #expect(!paragraph.rightToLeft)
        // Digits after Hebrew in a left-to-right paragraph are a number at level 2 (rule I1), and
        // the space between takes the right-to-left side (N1: numbers count as R).
        #expect(paragraph.levels == [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2])
        let hebrewFirst = "אבג abc"
        let rtl = Bidi.paragraph(hebrewFirst.unicodeScalars.map(\.value), defaultRightToLeft: false)
        #expect(rtl.rightToLeft)
        let order = Bidi.visualOrder(hebrewFirst.unicodeScalars.map(\.value), levels: rtl.levels, rightToLeft: true)
        // Drawn left to right: "abc", the space, then the Hebrew letters from the last.
        #expect(order == [4, 5, 6, 3, 2, 1, 0])
    }

    @Test func aRightToLeftParagraphIsSetAgainstTheRightEdge() {
        let setter = ParagraphSetter(shaper: shaper, breaker: ParagraphBreaker(shaper: shaper, hyphenator: Hyphenator(hyphenation: hyphenation)))
        let style = TextStyle(size: 12, color: .black, linkColor: .black, lineHeight: 1.4, language: "he", rightToLeft: true)
        let paragraph = setter.set([TextSpan("התקשרו לאחות אם יש לכם כאב")], style: style, x: 10, width: 300)
        let runs = paragraph.lines[0].items.compactMap { item -> GlyphRun? in
            if case let .text(run) = item { return run }
            return nil
        }
        let right = runs.map { $0.origin.x + $0.width }.max()!
        #expect(abs(right - 310) < 0.01)
        #expect(runs.allSatisfy { $0.rightToLeft })
        // One run for the line, its text in reading order.
        #expect(runs.map(\.text).joined() == "התקשרו לאחות אם יש לכם כאב")
    }

    @Test func thaiBreaksAtDictionaryWordsAndChineseBetweenIdeographs() {
        let breaks = ScriptBreaks()
        let thai = Array("หากคุณมีอาการปวด")
        let thaiBreaks = breaks.breaks(in: thai, script: HB_SCRIPT_THAI.rawValue)
        #expect(thaiBreaks.contains(3), "หาก|คุณ")
        #expect(thaiBreaks.contains(6), "คุณ|มี")
        let chinese = Array("请给护士打电话。")
        let chineseBreaks = breaks.breaks(in: chinese, script: HB_SCRIPT_HAN.rawValue)
        #expect(chineseBreaks == [1, 2, 3, 4, 5, 6], "between ideographs, never before the full stop")
    }

    @Test func charactersNoFontHasAreFound() {
        #expect(fontSet.firstUncovered(in: "Plain text", language: "en-GB") == nil)
        #expect(fontSet.firstUncovered(in: "ব্যথা हिंदी 中文 ไทย", language: "en-GB") == nil)
        #expect(fontSet.firstUncovered(in: "odd \u{10FFFD} sign", language: "en-GB") == "\u{10FFFD}")
    }

    @Test func hyphenationFollowsTheLanguageAndIsOffWithoutPatterns() {
        #expect(hyphenation.hasPatterns(for: "pl-PL") && hyphenation.hasPatterns(for: "pl"))
        #expect(!hyphenation.points("niepełnosprawność", language: "pl").isEmpty)
        #expect(!hyphenation.hasPatterns(for: "cy"))
        #expect(hyphenation.points("cymhlethdodau", language: "cy").isEmpty)
        #expect(hyphenation.points("chemoembolisation", language: "en-GB") == hyphenation.points("chemoembolisation"))
    }
}

@Suite("Language scripts")
struct LanguageScriptsTests {
    @Test("The default language's script, known without asking ICU, is the one CLDR gives")
    func britishScriptMatchesCLDR() {
        #expect(LanguageScripts.scripts(of: LanguageTag.british.value) == LanguageScripts.likelyScripts(of: LanguageTag.british.value))
        #expect(LanguageScripts.scripts(of: "ur") == [HB_SCRIPT_ARABIC.rawValue])
    }
}

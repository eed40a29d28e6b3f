import Document
import Foundation
import HandoutTestSupport
import PageModel
import Testing
@testable import HandoutKit

/// Every script a patient's name or a translated topic needs, checked as a reader's tools see the PDF.
@Suite struct ScriptsTests {
    let date = CalendarDay("2026-11-23")!

    /// A content folder with the every-script topic, an Arabic topic, and an Urdu one.
    private func builder() throws -> HandoutBuilder {
        let fixture = try ContentFixture()
        try fixture.glossary("- term: CT\n  definition: A scan.\n")
        try fixture.write("**Prepared for:** {{patient.name}}\n", to: "cover.md")
        try fixture.topic("every-script", title: "Calling the nurse", body: ScriptSamples.body)
        try fixture.topic(
            "arabic", title: "الاتصال بالممرضة", lang: "ar",
            body: "اتصل بالممرضة على الرقم 0113 496 0000 إذا شعرت بألم شديد أو ارتفعت حرارتك.\n\n- خذ الدواء كما وصفه الطبيب.\n- اشرب الكثير من الماء.\n")
        try fixture.topic("urdu", title: "نرس کو فون کرنا", lang: "ur", body: "اگر آپ کو درد ہو تو نرس کو فون کریں۔")
        return HandoutBuilder(resources: try HandoutResources(root: Repository.root, contentDirectory: fixture.folder))
    }

    /// pdftotext's text with its bidi embedding marks taken out and white space made single spaces.
    private func plainText(_ url: URL) throws -> String {
        let marks: Set<Unicode.Scalar> = ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}"]
        let text = String(String.UnicodeScalarView(try PDFTools.text(url).unicodeScalars.filter { !marks.contains($0) }))
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func everyScriptReadsBackInLogicalOrder() throws {
        let url = try PDFTools.save(try builder().pdf(for: HandoutRequest(topicIDs: ["every-script"], date: date)))
        let text = try plainText(url)
        for (language, line) in ScriptSamples.lines {
            #expect(text.contains(line), "\(language) does not read back as written")
        }
    }

    @Test func noGlyphIsANotdefBox() throws {
        let builder = try builder()
        for request in [
            HandoutRequest(topicIDs: ["every-script", "arabic", "urdu"], date: date),
            HandoutRequest(topicIDs: ["arabic"], details: try PersonalDetails(["patient.name": "王小明"], source: "test"), date: date),
        ] {
            let document = try builder.pages(for: request)
            let glyphs = document.pages.flatMap(\.items).flatMap { item -> [PlacedGlyph] in
                if case let .text(run) = item { return run.glyphs }
                return []
            }
            #expect(glyphs.count > 200)
            #expect(glyphs.allSatisfy { $0.id != 0 }, "a .notdef glyph is drawn")
        }
    }

    /// pdftotext -bbox words of the first page: text, left and right edge, top and bottom. Poppler
    /// lists Arabic letter by letter and each group of digits as a word.
    private func words(_ url: URL) throws -> [(text: String, xMin: Double, xMax: Double, yMin: Double, yMax: Double)] {
        let xml = try CommandLineTool.run("pdftotext", ["-bbox", "-l", "1", url.path, "-"]).output
        let pattern = try Regex(#"<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>"#)
        return xml.matches(of: pattern).compactMap { match in
            guard let xMin = Double(match.output[1].substring ?? ""), let yMin = Double(match.output[2].substring ?? ""),
                let xMax = Double(match.output[3].substring ?? ""), let yMax = Double(match.output[4].substring ?? ""),
                let text = match.output[5].substring
            else { return nil }
            return (String(text), xMin, xMax, yMin, yMax)
        }
    }

    @Test func aRightToLeftParagraphStartsAtTheRightMarginAndItsNumberReadsLeftToRight() throws {
        let builder = try builder()
        let url = try PDFTools.save(try builder.pdf(for: HandoutRequest(topicIDs: ["arabic"], date: date)))
        let layout = try builder.resources.layout("standard")
        let rightMargin = layout.page.width - layout.page.marginRight
        let words = try words(url)
        // The first line of the paragraph is the one with the phone number on it.
        let number = ["0113", "496", "0000"].compactMap { part in words.first { $0.text == part } }
        #expect(number.count == 3)
        #expect(number.map(\.xMin) == number.map(\.xMin).sorted(), "the number reads left to right: 0113 496 0000")
        let middle = (number[0].yMin + number[0].yMax) / 2
        let line = words.filter { $0.yMin < middle && $0.yMax > middle }
        let rightmost = try #require(line.max { $0.xMax < $1.xMax })
        #expect(rightmost.text == "ا", "the paragraph's first letter is the rightmost")
        #expect(abs(rightmost.xMax - rightMargin) < 1, "the first word ends at the right margin")
        #expect(line.min { $0.xMin < $1.xMin }!.xMin > layout.page.marginLeft + 1, "ragged on the left")
        // The list's bullets sit on the right, beyond the text they mark.
        let bullets = words.filter { $0.text == "•" }
        #expect(bullets.count == 2)
        #expect(bullets.allSatisfy { $0.xMin > rightMargin - 20 })
    }

    @Test func arabicAndChineseNamesPrintOnTheCover() throws {
        let builder = try builder()
        for name in ["محمد علي", "王小明"] {
            let details = try PersonalDetails(["patient.name": name], source: "test")
            let url = try PDFTools.save(try builder.pdf(for: HandoutRequest(topicIDs: ["every-script"], details: details, date: date)))
            let cover = try plainText(url)
            #expect(cover.contains("Prepared for: \(name)"))
        }
    }

    /// Text in a script the topic's language is not written in says so: its script, not a guessed language.
    @Test func textInAnotherScriptIsASpanTaggedWithItsScript() throws {
        let details = try PersonalDetails(["patient.name": "محمد علي"], source: "test")
        let url = try PDFTools.save(try builder().pdf(for: HandoutRequest(topicIDs: ["every-script"], details: details, date: date)))
        let marked = try PDFStructure(url).elementLanguages
        #expect(marked.allSatisfy { $0.role == "Span" }, "\(marked)")
        let languages = Set(marked.map(\.language))
        for tag in ["und-Arab", "und-Hebr", "und-Deva", "und-Beng", "und-Guru", "und-Hani", "und-Thai", "und-Grek"] {
            #expect(languages.contains(tag), "no Span for \(tag)")
        }
        #expect(!languages.contains("und-Latn"), "Polish and Welsh share English's script")
        // The name on the cover is one of them, and reads whole in it.
        let structure = try PDFStructure.structureText(url)
        #expect(structure.contains("\"محمد علي\"") || structure.contains("\"محمد علي \""), "\(structure.prefix(600))")
        #expect(try PDFValidator.report(url, profiles: [.ua1, .a2a]) == nil)
    }

    @Test func aCharacterNoFontHasIsAnErrorNamingTheFileAndLine() throws {
        let fixture = try ContentFixture()
        try fixture.glossary("- term: CT\n  definition: A scan.\n")
        try fixture.topic("unprintable", body: "First line.\n\nA private sign \u{10FFFD} here.")
        let error = #expect(throws: (any Error).self) {
            try HandoutResources(root: Repository.root, contentDirectory: fixture.folder)
        }
        let message = String(describing: error!)
        #expect(message.contains("topics/unprintable.md:14"), "\(message)")
        #expect(message.contains("U+10FFFD"))
    }

    @Test func aDetailNoFontCanPrintIsAnErrorNamingTheFieldNotItsValue() throws {
        let builder = try builder()
        let details = try PersonalDetails(["patient.name": "Sam \u{10FFFD}Example"], source: "test")
        let error = #expect(throws: HandoutError.self) {
            try builder.pdf(for: HandoutRequest(topicIDs: ["every-script"], details: details, date: date))
        }
        #expect(error?.message.hasPrefix("patient.name:") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("Example") == false)
    }
}

import Document
import Foundation
import HandoutTestSupport
import Testing
@testable import HandoutKit

/// A content folder in Welsh, and handouts that mix languages.
@Suite struct TranslatedContentTests {
    let date = CalendarDay("2026-11-23")!

    /// The sample organisation's details, written in Welsh, with the sample logo.
    static let welshOrganisation = """
        name: Ysbytai Kestrelbrook
        logo: figures/kestrelbrook-logo.svg
        logo-alt: Ysbytai Kestrelbrook
        phone: 0113 496 0123
        website: kestrelbrook.example
        address: [Uned yr Afu, Ysbyty Cyffredinol Kestrelbrook]
        feedback: Hoffem wybod beth yw eich barn am y daflen hon.
        leaflet-code-prefix: KBH
        other-formats: [Print bras, Braille, Sain (MP3)]

        """

    /// A Welsh content folder: strings, cover, glossary and two topics.
    private func welshFolder() throws -> ContentFixture {
        let fixture = try ContentFixture()
        try fixture.write(try StringsFixture.text("cy"), to: "strings.yaml")
        try fixture.write("**Paratowyd ar gyfer:** {{patient.name}}\n\n**Dyddiad:** {{date}}\n", to: "cover.md")
        try fixture.glossary("- term: sgan\n  definition: Llun o du mewn y corff.\n")
        try fixture.topic(
            "poen", title: "Poen", order: 1, lang: "cy",
            body: "Ffoniwch y nyrs os ydych chi mewn poen. Efallai y bydd angen sgan arnoch chi.")
        try fixture.topic("blinder", title: "Blinder", order: 2, lang: "cy", body: "Gorffwyswch pan fyddwch chi wedi blino.")
        return fixture
    }

    /// The standard layout with its contents always shown.
    private func layoutWithContents() throws -> String {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("Layouts/standard.yaml"), encoding: .utf8)
        let url = try Repository.temporaryFolder().appendingPathComponent("contents.yaml")
        try text.replacingOccurrences(of: "contents: auto", with: "contents: always").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func aWelshContentFolderPrintsWelshAroundItsTopics() throws {
        let fixture = try welshFolder()
        let builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root, contentDirectory: fixture.folder))
        let details = try PersonalDetails(["patient.name": "Siân Jones"], source: "test")
        let request = HandoutRequest(topicIDs: ["poen", "blinder"], layout: try layoutWithContents(), details: details, date: date)
        let url = try PDFTools.save(try builder.pdf(for: request))
        let text = try PDFTools.text(url).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let pages = Int(try PDFTools.info(url)["Pages"] ?? "") ?? 0
        for wording in ["Gwybodaeth i gleifion", "Paratowyd ar gyfer: Siân Jones", "Dyddiad: 23 Tachwedd 2026", "Cynnwys", "Geiriau a ddefnyddir yn y daflen hon",
            "sgan: Llun o du mewn y corff. Gweler tudalen 2.", "Fy nghwestiynau", "Tudalen 1 o \(pages)", "Tudalen \(pages) o \(pages)"]
        {
            #expect(text.contains(wording), "missing: \(wording)")
        }
        for english in ["Page 1", "Contents", "Words used", "My questions", "Patient information", "See page"] {
            #expect(!text.contains(english), "English left in: \(english)")
        }
        #expect(try PDFTools.info(url)["Title"] == "Gwybodaeth i gleifion")
    }

    @Test(arguments: ["notes-title", "or", "about-printed"])
    func aStringsFileWithAKeyMissingIsAnErrorNamingIt(key: String) throws {
        let fixture = try welshFolder()
        let welsh = try StringsFixture.text("cy").split(separator: "\n")
        let lines = welsh.filter { !$0.hasPrefix(key + ":") }
        #expect(lines.count == welsh.count - 1)
        try fixture.write(lines.joined(separator: "\n"), to: "strings.yaml")
        let error = #expect(throws: (any Error).self) {
            try HandoutResources(root: Repository.root, contentDirectory: fixture.folder)
        }
        let message = String(describing: error!)
        #expect(message.contains("strings.yaml") && message.contains(key), "\(message)")
    }

    @Test func aTranslationThatLeavesOutAPlaceholderIsAnErrorNamingTheKey() throws {
        let fixture = try welshFolder()
        try fixture.write(
            try StringsFixture.text("cy").replacingOccurrences(of: "Ffoniwch {phone}.", with: "Ffoniwch ni."), to: "strings.yaml")
        let error = #expect(throws: (any Error).self) {
            try HandoutResources(root: Repository.root, contentDirectory: fixture.folder)
        }
        let message = String(describing: error!)
        #expect(message.contains("strings.yaml") && message.contains("about-formats-text") && message.contains("{phone}"), "\(message)")
    }

    @Test func aWelshContentFolderHasAWelshAboutPage() throws {
        let fixture = try welshFolder()
        try fixture.write(Self.welshOrganisation, to: "organisation.yaml")
        try FileManager.default.createDirectory(at: fixture.folder.appendingPathComponent("figures"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Repository.root.appendingPathComponent("Content/figures/kestrelbrook-logo.svg"),
            to: fixture.folder.appendingPathComponent("figures/kestrelbrook-logo.svg"))
        let builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root, contentDirectory: fixture.folder))
        let url = try PDFTools.save(try builder.pdf(for: HandoutRequest(topicIDs: ["poen", "blinder"], date: date)))
        let pages = try PDFTools.pageTexts(url).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let about = try #require(pages.last)
        for wording in [
            "Ynglŷn â'r daflen hon", "Ysgrifennwyd a chyhoeddwyd y daflen hon gan Ysbytai Kestrelbrook.", "Ffôn: 0113 496 0123",
            "Gwefan: kestrelbrook.example", "Dywedwch wrthym beth yw eich barn", "Fformatau eraill",
            "Gallwch ofyn am y daflen hon mewn print bras, braille neu sain (MP3). Ffoniwch 0113 496 0123.",
            "O ble daw'r wybodaeth", "Pwnc", "Adolygwyd", "Adolygiad nesaf", "1 Ionawr 2026", "1 Rhagfyr 2027",
            "Mae'r wybodaeth yn seiliedig ar:", "Y copi hwn", "Cod y daflen: KBH-", "Fersiwn: 1 Ionawr 2026", "Argraffwyd: 23 Tachwedd 2026",
        ] {
            #expect(about.contains(wording), "missing: \(wording)")
        }
        for english in ["About this", "Phone", "Website", "Tell us", "Other formats", "Where the", "Topic", "Reviewed", "This copy", "Leaflet code", "Version", "Printed", " or "] {
            #expect(!about.contains(english), "English left in: \(english)")
        }
        #expect(try PDFValidator.report(url, profiles: [.ua1, .a2a]) == nil)
    }

    @Test func aWelshHandoutsWebPageIsInWelsh() throws {
        let fixture = try welshFolder()
        let builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root, contentDirectory: fixture.folder))
        let built = try builder.build(HandoutRequest(topicIDs: ["poen", "blinder"], date: date, format: .html))
        let html = String(decoding: built.data, as: UTF8.self)
        // Apostrophes are written as character references.
        for wording in ["Neidio i&#39;r wybodaeth", ">Cynnwys</h2>", ">Ynglŷn â&#39;r daflen hon</h2>", "<html lang=\"cy\">"] {
            #expect(html.contains(wording), "missing: \(wording)")
        }
        for english in ["Skip to", "Contents", "Glossary", "About this"] {
            #expect(!html.contains(english), "English left in: \(english)")
        }
    }

    @Test func glossaryTermsAreMatchedOnlyInTheGlossarysLanguage() throws {
        let fixture = try ContentFixture()
        try fixture.glossary("- term: CT\n  definition: A scan.\n")
        try fixture.topic("english", body: "You may have a CT scan.")
        try fixture.topic("welsh", lang: "cy", body: "Efallai y bydd angen sgan CT arnoch chi.")
        let library = try ContentLibrary.load(from: fixture.folder)
        let composer = HandoutComposer(glossary: library.glossary, strings: library.strings)
        let welsh = try composer.compose(title: "T", topics: try library.topics(["welsh"]), details: .none)
        #expect(welsh.glossary.isEmpty)
        let english = try composer.compose(title: "T", topics: try library.topics(["english"]), details: .none)
        #expect(english.glossary.map(\.term) == ["CT"])
    }

    @Test func aBilingualHandoutMarksEachWelshElementWelshAndLeavesTheEnglishToTheCatalog() throws {
        let fixture = try ContentFixture()
        try fixture.glossary("- term: CT\n  definition: A scan.\n")
        try fixture.topic("english", order: 1, body: "Phone the nurse if you are in pain.\n\n- Rest.\n- Drink water.")
        try fixture.topic("welsh", title: "Poen", order: 2, lang: "cy", body: "Ffoniwch y nyrs os ydych chi mewn poen.\n\n- Gorffwyswch.\n- Yfwch ddŵr.")
        let builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root, contentDirectory: fixture.folder))
        let url = try PDFTools.save(try builder.pdf(for: HandoutRequest(topicIDs: ["english", "welsh"], date: date)))
        let structure = try PDFStructure(url)
        #expect(structure.catalog["/Lang"] as? String == "en-GB")
        // The Welsh topic's heading, paragraph and list say cy; what is inside them inherits it,
        // and the English ones inherit the catalog's en-GB.
        let marked = structure.elementLanguages
        #expect(marked.map(\.language) == ["cy", "cy", "cy"], "\(marked)")
        #expect(Set(marked.map(\.role)) == ["H1", "P", "L"])
        #expect(try PDFValidator.report(url, profiles: [.ua1, .a2a]) == nil)
    }

    /// Each topic is read in its language's voice; a language espeak-ng has no voice for is an
    /// error naming the topic's file and the line its text starts on, and nothing is recorded.
    @Test func aTopicInALanguageWithNoVoiceIsAnErrorNamingItsFileAndLine() throws {
        let fixture = try ContentFixture()
        try fixture.glossary("- term: CT\n  definition: A scan.\n")
        try fixture.topic("english", order: 1, body: "Phone the nurse if you are in pain.")
        try fixture.topic("welsh", order: 2, lang: "cy", body: "Ffoniwch y nyrs os ydych chi mewn poen.")
        try fixture.topic("nowhere", order: 3, lang: "zz", body: "Zorp blat quonk.")
        let builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root, contentDirectory: fixture.folder))
        let both = try builder.build(HandoutRequest(topicIDs: ["english", "welsh"], date: date, format: .mp3))
        #expect(both.recording?.chapters == 3, "two topics and the About page")
        let error = #expect(throws: HandoutError.self) {
            try builder.build(HandoutRequest(topicIDs: ["english", "nowhere"], date: date, format: .mp3))
        }
        #expect(error?.message.hasPrefix("topics/nowhere.md:13: espeak-ng has no voice for 'zz'") == true, "\(error?.message ?? "")")
        #expect(error?.isUnexpected == false)
    }

    @Test func aWelshHandoutIsMarkedWelshAndAMixedOneByItsContentFolder() throws {
        let fixture = try ContentFixture()
        try fixture.glossary("- term: CT\n  definition: A scan.\n")
        try fixture.topic("english", order: 1, body: "Phone the nurse if you are in pain.")
        try fixture.topic("welsh", order: 2, lang: "cy", body: "Ffoniwch y nyrs os ydych chi mewn poen.")
        let builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root, contentDirectory: fixture.folder))
        let welsh = try builder.pages(for: HandoutRequest(topicIDs: ["welsh"], date: date))
        #expect(welsh.info.language == "cy")
        let both = try builder.pages(for: HandoutRequest(topicIDs: ["english", "welsh"], date: date))
        #expect(both.info.language == "en-GB")
        let url = try PDFTools.save(try builder.pdf(for: HandoutRequest(topicIDs: ["welsh"], date: date)))
        let json = try CommandLineTool.run("qpdf", ["--json", "--json-key=qpdf", url.path]).output
        #expect(json.contains("\"/Lang\": \"u:cy\"") || json.contains("\"/Lang\": \"cy\""), "the catalog's /Lang is cy")
    }
}

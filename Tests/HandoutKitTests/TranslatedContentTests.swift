import Document
import Foundation
import HandoutTestSupport
import Testing
@testable import HandoutKit

/// A content folder in Welsh, and handouts that mix languages.
@Suite struct TranslatedContentTests {
    let date = CalendarDay("2026-11-23")!

    static let welshStrings = """
        lang: cy
        title: Gwybodaeth i gleifion
        contents: Cynnwys
        glossary: Geiriau a ddefnyddir yn y daflen hon
        see-page: Gweler tudalen {pages}.
        see-pages: Gweler tudalennau {pages}.
        and: a
        page-footer: Tudalen {page} o {pages}
        questions-title: Fy nghwestiynau
        questions-intro: Ysgrifennwch unrhyw beth yr hoffech ei ofyn i'ch tîm gofal, a dewch â'r dudalen hon i'ch apwyntiad nesaf.
        notes-title: Nodiadau

        """

    /// A Welsh content folder: strings, cover, glossary and two topics.
    private func welshFolder() throws -> ContentFixture {
        let fixture = try ContentFixture()
        try fixture.write(Self.welshStrings, to: "strings.yaml")
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

    @Test func aStringsFileWithAKeyMissingIsAnErrorNamingIt() throws {
        let fixture = try welshFolder()
        try fixture.write(Self.welshStrings.replacingOccurrences(of: "notes-title: Nodiadau\n", with: ""), to: "strings.yaml")
        let error = #expect(throws: (any Error).self) {
            try HandoutResources(root: Repository.root, contentDirectory: fixture.folder)
        }
        let message = String(describing: error!)
        #expect(message.contains("strings.yaml") && message.contains("notes-title"), "\(message)")
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
        #expect(both.recording?.chapters == 2)
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

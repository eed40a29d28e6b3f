import Testing
@testable import Document

@Suite struct GlossaryTests {
    @Test func abbreviationsMatchOnlyInCapitalsAndAsWholeWords() {
        let ct = GlossaryEntry(term: "CT", expansion: "computerised tomography", definition: "A scan.")
        #expect(ct.isUsed(in: "You may have a CT scan."))
        #expect(ct.isUsed(in: "Two CTs were done."))
        #expect(!ct.isUsed(in: "An act of kindness."))
        #expect(!ct.isUsed(in: "a ct scan"))
    }

    @Test func termsMatchInAnyCaseWithPluralsAndOtherForms() {
        let entry = GlossaryEntry(term: "metastasis", definition: "A secondary cancer.", also: ["metastases"])
        #expect(entry.isUsed(in: "Doctors call it a Metastasis."))
        #expect(entry.isUsed(in: "more than one: metastases"))
        #expect(!entry.isUsed(in: "metastatic disease"))
        let catheter = GlossaryEntry(term: "catheter", definition: "A thin tube.")
        #expect(catheter.isUsed(in: "two catheters"))
    }

    @Test func usedEntriesComeInAlphabeticalOrderAndFixedTopicsAreRemembered() throws {
        let glossary = Glossary(entries: [
            GlossaryEntry(term: "TACE", definition: "x"), GlossaryEntry(term: "ascites", definition: "y"),
            GlossaryEntry(term: "PET", definition: "z"),
        ])
        let matcher = GlossaryMatcher(glossary: glossary)
        let topic = try TopicLoader().load(
            "---\nid: t\ntitle: T\nsummary: S\ntags: [a]\norder: 1\nreviewed: 2026-01-01\nreview-due: 2027-01-01\nsources: [s]\n---\nTACE helps ascites.\n",
            file: "t.md", expectedID: "t")
        let section = HandoutSection(id: "t", title: "T", blocks: try topic.blocks(for: .none))
        #expect(matcher.entries(for: [section], topics: [topic]).map(\.term) == ["ascites", "TACE"])
        let changed = HandoutSection(id: "t", title: "T", blocks: [.paragraph([TextSpan("PET only")])])
        #expect(matcher.entries(for: [changed], topics: [topic]).map(\.term) == ["ascites", "TACE"], "remembered")
    }

    @Test func duplicateTermsAreRefused() {
        let yaml = "- term: CT\n  definition: A.\n- term: ct\n  definition: B.\n"
        #expect(throws: ContentError(file: "glossary.yaml", line: 3, key: "term", "'ct' is defined twice")) {
            try Glossary.load(yaml, file: "glossary.yaml")
        }
    }
}

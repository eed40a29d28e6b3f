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

    @Test func usedEntriesComeInAlphabeticalOrder() {
        let glossary = Glossary(entries: [
            GlossaryEntry(term: "TACE", definition: "x"), GlossaryEntry(term: "ascites", definition: "y"),
            GlossaryEntry(term: "PET", definition: "z"),
        ])
        #expect(glossary.entries(usedIn: ["TACE helps ascites.", "Nothing here."]).map(\.term) == ["ascites", "TACE"])
    }

    @Test func usesAreFoundAsStringRangesForTheChecker() {
        let entry = GlossaryEntry(term: "bile duct", definition: "A tube.")
        let text = "A blocked bile duct, or two bile ducts."
        #expect(entry.uses(in: text).map { String(text[$0]) } == ["bile duct", "bile ducts"])
    }

    @Test func duplicateTermsAreRefused() {
        let yaml = "- term: CT\n  definition: A.\n- term: ct\n  definition: B.\n"
        #expect(throws: ContentError(file: "glossary.yaml", line: 3, key: "term", "'ct' is defined twice")) {
            try Glossary.load(yaml, file: "glossary.yaml")
        }
    }
}

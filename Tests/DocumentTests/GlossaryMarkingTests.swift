import Testing
@testable import Document

@Suite struct GlossaryMarkingTests {
    let tace = GlossaryEntry(term: "TACE", expansion: "transarterial chemoembolisation", definition: "A treatment.")
    let bile = GlossaryEntry(term: "bile", definition: "A fluid.")
    let bileDuct = GlossaryEntry(term: "bile duct", definition: "A tube.", also: ["bile ducts"])

    @Test func usesAreSplitIntoMarkedSpansAndTheFirstAbbreviationIsLinked() {
        var marker = GlossaryMarker(entries: [tace, bile], finder: TermFinder([tace, bile]))
        let blocks = marker.mark([
            .heading(level: 2, [TextSpan("After TACE", style: .boldStyle)]),
            .paragraph([TextSpan("Your TACE uses bile. Two TACEs.")]),
            .paragraph([TextSpan("TACE again.")]),
        ])
        #expect(blocks[0] == .heading(level: 2, [
            TextSpan("After ", style: .boldStyle), TextSpan("TACE", style: .boldStyle, glossaryTerm: "TACE"),
        ]), "headings are marked, never linked")
        #expect(blocks[1] == .paragraph([
            TextSpan("Your "), TextSpan("TACE", link: "#glossary-tace", glossaryTerm: "TACE"), TextSpan(" uses "),
            TextSpan("bile", glossaryTerm: "bile"), TextSpan(". Two "), TextSpan("TACEs", glossaryTerm: "TACE"), TextSpan("."),
        ]))
        #expect(blocks[2] == .paragraph([TextSpan("TACE", glossaryTerm: "TACE"), TextSpan(" again.")]), "only the first use links")
        #expect(marker.usedIndexes == [0, 1])
        #expect(marker.linked == ["TACE"])
    }

    @Test func theLongerOfOverlappingTermsWinsAndListsAndCalloutsAreMarked() {
        var marker = GlossaryMarker(entries: [bile, bileDuct], finder: TermFinder([bile, bileDuct]))
        let blocks = marker.mark([
            .callout([.list(ListBlock(ordered: false, items: [[.paragraph([TextSpan("blocked bile ducts")])]]))])
        ])
        #expect(blocks == [
            .callout([.list(ListBlock(ordered: false, items: [[.paragraph([
                TextSpan("blocked "), TextSpan("bile ducts", glossaryTerm: "bile duct"),
            ])]]))])
        ])
        #expect(marker.usedIndexes == [1])
    }

    @Test func wordsEndAtPunctuationAndCurlyQuotesButNotInsideWords() {
        #expect(tace.isUsed(in: "“TACE” is short"))
        #expect(tace.isUsed(in: "the TACE’s side effects"))
        #expect(!tace.isUsed(in: "TACEX or XTACE"))
        #expect(bileDuct.isUsed(in: "Bile Ducts"))
        #expect(!bileDuct.isUsed(in: "bile  duct"))
    }

    @Test func anchorsAreLowerCaseWithHyphens() {
        #expect(bileDuct.anchor == "glossary-bile-duct")
        #expect(GlossaryEntry(term: "X-rays", definition: "").anchor == "glossary-x-rays")
        #expect(GlossaryEntry(term: " Quality of life! ", definition: "").anchor == "glossary-quality-of-life")
    }

    @Test func authorsCannotLinkToPlacesInTheHandout() {
        #expect { try MarkdownParser(file: "topics/a.md").parse("See [the glossary](#glossary).") } throws: { error in
            (error as? ContentError)?.message.hasPrefix("links to places in the handout (#glossary) are not supported") ?? false
        }
    }
}

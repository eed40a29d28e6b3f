import Document
import HandoutTestSupport
import Testing
@testable import Speech

@Suite struct SpeechScriptTests {
    @Test func theScriptReadsTheCoverEachTopicAndTheGlossaryAsChapters() throws {
        let script = SpeechScript(handout: try SmallHandout.make())
        #expect(script.title == "Your treatment")
        #expect(script.chapters.map(\.id) == ["cover", "topic-tace", "topic-scans", "glossary"])
        #expect(script.chapters.map(\.title) == ["About this handout", "Chemoembolisation (TACE)", "Scans", "Words used in this handout"])
        #expect(script.chapters[0].utterances.map(\.text) == [
            "Your treatment.", "Prepared for: Ada Lovelace", "Date: the 23rd of November 2026",
        ])
        #expect(script.chapters[1].utterances.map(\.text) == [
            "Section 1 of 2: Chemoembolisation (TACE).",
            "TACE, which stands for transarterial chemoembolisation, treats a tumour in the liver. After TACE you rest.",
            "How it is done.",
            "1. A doctor puts in a thin tube.",
            "2. The drug goes through the tube.",
            "You may have a computerised tomography (CT) scan first.",
            "Call the clinic on oh 1 1 3, 2 4 3, 3 1 4 4. Your appointment is on Tuesday the 3rd of March 2026 at 10am.",
        ])
        #expect(script.chapters[2].utterances.map(\.text) == [
            "Section 2 of 2: Scans.",
            "A CT scan takes pictures. Some people have TACE again on the 14th of May.",
        ])
        #expect(script.chapters[3].utterances.map(\.text) == [
            "Words used in this handout.",
            "CT, which stands for computerised tomography. A scan that uses X-rays.",
            "TACE, which stands for transarterial chemoembolisation. A treatment that blocks the blood supply to a tumour.",
            "tumour. A lump of cells.",
            "This is the end of the handout.",
        ])
    }

    @Test func anAbbreviationIsExpandedOnItsFirstUseInTheTextOnly() throws {
        let script = SpeechScript(handout: try SmallHandout.make())
        let topics = script.chapters.filter { $0.id.hasPrefix("topic-") }.flatMap(\.utterances).map(\.text).joined(separator: " ")
        #expect(topics.components(separatedBy: "TACE, which stands for").count == 2, "once, though TACE is used four times")
        #expect(!topics.contains("which stands for computerised tomography"), "the text spells CT out where it first uses it")
        #expect(!script.chapters[1].utterances[0].text.contains("stands for"), "headings stay short")
    }

    @Test func headingsAreAnnouncedThenAPauseLongerThanAParagraphs() throws {
        let utterances = SpeechScript(handout: try SmallHandout.make()).chapters[1].utterances
        #expect(utterances[0].pauseAfter == Pause.afterTopicTitle)
        #expect(utterances[2].text == "How it is done." && utterances[2].pauseAfter == Pause.afterHeading)
        #expect(utterances[1].pauseAfter == Pause.afterParagraph)
        #expect(utterances[3].pauseAfter == Pause.afterListItem)
        #expect(utterances.last?.pauseAfter == Pause.afterChapter)
        #expect(Pause.afterHeading > Pause.afterParagraph && Pause.afterParagraph > Pause.afterListItem)
    }

    @Test func withoutACoverTheTitleOpensTheFirstTopic() throws {
        let script = SpeechScript(handout: try SmallHandout.make(withCover: false))
        #expect(script.chapters.map(\.id) == ["topic-tace", "topic-scans", "glossary"])
        #expect(script.chapters[0].utterances.prefix(2).map(\.text) == ["Your treatment.", "Section 1 of 2: Chemoembolisation (TACE)."])
    }

    @Test func theWordsAroundTheTopicsAreSaidInTheContentFoldersLanguage() throws {
        var handout = try SmallHandout.make()
        handout.strings = try HandoutStrings.load(try StringsFixture.text("cy"), file: "cy.yaml")
        let script = SpeechScript(handout: handout)
        #expect(script.chapters.map(\.title) == ["Am y daflen wybodaeth hon", "Chemoembolisation (TACE)", "Scans", "Geiriau a ddefnyddir yn y daflen hon"])
        let said = script.chapters.flatMap(\.utterances).map(\.text)
        #expect(said.contains("Adran 1 o 2: Chemoembolisation (TACE)."))
        #expect(said.contains { $0.hasPrefix("TACE, sy'n golygu transarterial chemoembolisation, treats") }, "\(said)")
        #expect(said.last == "Dyma ddiwedd y daflen.")
        #expect(!said.joined().contains("stands for") && !said.joined().contains("Section"))
    }

    /// A Welsh topic's dates and phone numbers are said the Welsh way: CLDR's long date, and the
    /// digits left for the Welsh voice to name, with no English "oh" or "the 3rd of".
    @Test func datesAndPhoneNumbersAreSaidInTheTopicsLanguage() throws {
        var handout = try SmallHandout.make()
        handout.sections[0].language = try #require(LanguageTag("cy"))
        let script = SpeechScript(handout: handout)
        let welsh = script.chapters[1].utterances.map(\.text)
        #expect(welsh.last == "Call the clinic on 0 1 1 3, 2 4 3, 3 1 4 4. Your appointment is on Dydd Mawrth, 3 Mawrth 2026 at 10am.")
        #expect(!welsh.joined().contains("oh"))
        // The English topic and the English wording around the topics are as before.
        #expect(script.chapters[2].utterances.map(\.text).contains("A CT scan takes pictures. Some people have TACE again on the 14th of May."))
        #expect(welsh[0] == "Section 1 of 2: Chemoembolisation (TACE).")
        #expect(SpokenText.spoken("Ffoniwch +44 113 243 3144 erbyn 2026-03-03.", in: try #require(LanguageTag("cy")))
            == "Ffoniwch +4 4, 1 1 3, 2 4 3, 3 1 4 4 erbyn Dydd Mawrth, 3 Mawrth 2026.")
    }

    @Test func noMarkupIsReadAloud() throws {
        let text = SpeechScript(handout: try SmallHandout.make()).text
        for mark in ["*", "#", "**", ">", "{{", "_"] { #expect(!text.contains(mark), "\(mark)") }
        #expect(SpokenText.spoken("A | B • C `code` ~x~ <b>") == "A B C code x b")
    }
}

@Suite struct SpokenTextTests {
    @Test func noBreakSpacesAreReadAsSpaces() {
        #expect(SpokenText.spoken("Call 0113\u{A0}243\u{A0}3144 by 3\u{A0}March\u{A0}2026.") == "Call oh 1 1 3, 2 4 3, 3 1 4 4 by the 3rd of March 2026.")
    }

    @Test func bidiControlsAreNotGivenToTheEngine() {
        let isolatedDate = "On \u{2066}2026-03-03\u{2069}, call \u{200E}0113 243 3144\u{200F}."
        #expect(SpokenText.spoken(isolatedDate) == "On Tuesday the 3rd of March 2026, call oh 1 1 3, 2 4 3, 3 1 4 4.")
    }

    @Test func datesAreSaidAsPeopleSayThem() {
        #expect(SpokenText.spoken("On 2026-03-03.") == "On Tuesday the 3rd of March 2026.")
        #expect(SpokenText.spoken("On 3/3/2026 or 1/12/2026") == "On Tuesday the 3rd of March 2026 or Tuesday the 1st of December 2026")
        #expect(SpokenText.spoken("Tuesday 3 March 2026") == "Tuesday the 3rd of March 2026")
        #expect(SpokenText.spoken("Friday, 22nd May") == "Friday the 22nd of May")
        #expect(SpokenText.spoken("the 11th of Nov. 2026") == "the 11th of November 2026")
        #expect(SpokenText.spoken("by 21 Sept, 2027") == "by the 21st of September 2027")
        #expect(SpokenText.spoken("2 to 3 millimetres, 24 hours, 6 weeks") == "2 to 3 millimetres, 24 hours, 6 weeks")
        #expect(SpokenText.spoken("2026-02-30 and 32 May") == "2026-02-30 and 32 May", "impossible dates are left alone")
    }

    @Test func phoneNumbersAreSaidDigitByDigitInGroups() {
        #expect(SpokenText.spoken("Call 0113 243 3144.") == "Call oh 1 1 3, 2 4 3, 3 1 4 4.")
        #expect(SpokenText.spoken("Call 02079460000") == "Call oh 2 oh, 7 9 4 6, oh oh oh oh")
        #expect(SpokenText.spoken("Call 01632960123") == "Call oh 1 6 3 2, 9 6 oh, 1 2 3")
        #expect(SpokenText.spoken("Call 0161 4960000") == "Call oh 1 6 1, 4 9 6, oh oh oh oh")
        #expect(SpokenText.spoken("Text 07700-900-123") == "Text oh 7 7 oh oh, 9 oh oh, 1 2 3")
        #expect(SpokenText.spoken("Call +44 (0)113 243 3144") == "Call plus 4 4, 1 1 3, 2 4 3, 3 1 4 4")
        #expect(SpokenText.spoken("Call NHS 111 or dial 999.") == "Call NHS 1 1 1 or dial 9 9 9.")
        #expect(SpokenText.spoken("About 111 people and 2026 others") == "About 111 people and 2026 others")
    }

    @Test func ordinals() {
        #expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31].map(SpokenDates.ordinal) ==
            ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st"])
    }
}

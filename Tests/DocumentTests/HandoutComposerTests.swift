import Foundation
import HandoutTestSupport
import Testing
@testable import Document

@Suite struct HandoutComposerTests {
    func template(_ source: String) throws -> BodyTemplate {
        try BodyTemplate(source, file: "topics/t.md", lineOffset: 0)
    }

    @Test func aBodyDependsOnlyOnTheDetailsItsPlaceholdersCanReach() throws {
        let details = try PersonalDetails(
            ["patient.name": "Ada", "clinic.name": "Ward 5", "clinic.phone": "0113", "primary": "bowel"], source: "test")
        let date = CalendarDay("2026-11-23")
        let phone = try template("Call {{#clinic.phone}}{{clinic.phone}}{{/clinic.phone}}.")
        #expect(phone.dependence(on: details, date: date) == PlaceholderValues(values: ["clinic.name": "Ward 5", "clinic.phone": "0113"], date: nil))
        let primary = try template("{{#primary_is.bowel}}Bowel.{{/primary_is.bowel}} Printed {{date}}.")
        #expect(primary.dependence(on: details, date: date) == PlaceholderValues(values: ["primary": "bowel"], date: date))
        let fixed = try template("No placeholders here.")
        #expect(fixed.dependence(on: details, date: date) == PlaceholderValues(values: [:], date: nil))
    }

    /// One composer making many handouts gives each the same result as composing it afresh:
    /// other patients' names, other topic orders and other links never carry over.
    @Test func aComposerThatMadeOtherHandoutsComposesLikeAFreshOne() throws {
        let library = try ContentLibrary.load(from: Repository.content)
        let composer = HandoutComposer(glossary: library.glossary)
        let topicLists = [["questions-to-ask", "tace", "coping-and-support"], ["tace", "sirt"], ["coping-and-support", "questions-to-ask"]]
        let people = try [
            PersonalDetails(["patient.name": "Ada One", "clinic.phone": "0113 496 0000"], source: "test"),
            PersonalDetails(["patient.name": "Bo Two", "clinic.phone": "0113 496 0000", "nurse.name": "Sam"], source: "test"),
            PersonalDetails.none,
        ]
        for ids in topicLists {
            for details in people {
                let topics = try library.topics(ids)
                let expected = try Handout.compose(
                    title: "T", topics: topics, glossary: library.glossary, details: details, cover: library.cover)
                #expect(try composer.compose(title: "T", topics: topics, details: details, cover: library.cover) == expected)
            }
        }
    }
}

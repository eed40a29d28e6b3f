import Foundation
import Testing
@testable import Document

@Suite struct PersonalDetailsTests {
    @Test func jsonNestedOrDottedAndSetOverridesIt() throws {
        let json = Data(#"{"clinic": {"name": "Ward 5", "phone": "0113"}, "nurse.name": "Sam", "appointment": null}"#.utf8)
        let fromFile = try PersonalDetails(json: json, file: "me.json")
        #expect(fromFile.values == ["clinic.name": "Ward 5", "clinic.phone": "0113", "nurse.name": "Sam"])
        let merged = fromFile.merging(try PersonalDetails(assignments: ["clinic.phone=0999", "primary=Bowel"], source: "--set"))
        #expect(merged.values["clinic.phone"] == "0999" && merged.values["primary"] == "bowel")
    }

    @Test func badDetailsNameTheKeyButNeverTheValue() {
        #expect(throws: ContentError(file: "me.json", key: "patient.name", "expected text")) {
            try PersonalDetails(json: Data(#"{"patient": {"name": 42}}"#.utf8), file: "me.json")
        }
        #expect(throws: ContentError(file: "me.json", "not valid JSON")) {
            try PersonalDetails(json: Data("{".utf8), file: "me.json")
        }
        #expect(throws: ContentError(file: "--set", key: "primary", "use one of bowel, breast, lung, other")) {
            try PersonalDetails(assignments: ["primary=kidney"], source: "--set")
        }
        #expect(throws: ContentError(file: "--set", "expected key=value, e.g. clinic.phone=01234 567890")) {
            try PersonalDetails(assignments: ["Jane Smith"], source: "--set")
        }
    }

    @Test func theDateAndPrimaryAreAvailableToTemplates() throws {
        let template = try BodyTemplate("{{#primary_is.bowel}}Bowel.{{/primary_is.bowel}} Printed {{date}}.", file: "t.md", lineOffset: 0)
        let details = try PersonalDetails(["primary": "bowel"], source: "--set")
        #expect(try template.blocks(for: details, date: CalendarDay("2026-03-03")) == [.paragraph([TextSpan("Bowel. Printed 3 March 2026.")])])
    }
}

import Testing
@testable import Document

@Suite struct PlaceholderTests {
    let body = "{{#nurse.name}}Your nurse is {{nurse.name}}.{{/nurse.name}}{{^nurse.name}}Ask for your nurse's name.{{/nurse.name}}"

    func template(_ source: String) throws -> BodyTemplate {
        try BodyTemplate(source, file: "topics/t.md", lineOffset: 0)
    }

    @Test func absentValuesUseTheFallbackWording() throws {
        #expect(try template(body).blocks(for: .none) == [.paragraph([TextSpan("Ask for your nurse’s name.")])])
    }

    @Test func valuesAreFilledInAsPlainTextNeverMarkup() throws {
        let details = try PersonalDetails(["nurse.name": "**Sam** <b>[x](http://e.org)"], source: "--set")
        let blocks = try template(body).blocks(for: details)
        #expect(blocks == [.paragraph([TextSpan("Your nurse is **Sam** <b>[x](http://e.org).")])])
    }

    @Test func unknownKeysAndOverlongValuesAreRefusedWithoutQuotingTheValue() {
        #expect(throws: ContentError(
            file: "--set", "a key that is not a detail; known keys are \(PersonalDetails.knownKeys.joined(separator: ", "))")
        ) {
            try PersonalDetails(["patient.nhs": "123"], source: "--set")
        }
        let long = String(repeating: "a", count: 201)
        #expect(throws: ContentError(file: "--set", key: "clinic.name", "longer than 200 characters")) {
            try PersonalDetails(["clinic.name": long], source: "--set")
        }
    }

    @Test func brokenPlaceholdersNameTheirLine() {
        #expect { try template("Fine.\n\n{{#clinic.name}}Open section\n") } throws: { error in
            (error as? ContentError)?.description == "topics/t.md:3: placeholder section {{#clinic.name}} is never closed"
        }
    }

    @Test func placeholderNamesAreListedOnce() throws {
        #expect(try template(body + " {{clinic.phone}}").placeholderNames == ["nurse.name", "clinic.phone"])
    }
}

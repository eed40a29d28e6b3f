import Document
import Foundation
import HandoutTestSupport
import Testing
@testable import HandoutKit

/// The one request model: every front end's values meet the same rules and the same messages.
@Suite struct HandoutRequestBuilderTests {
    static let date = CalendarDay("2026-11-23")!
    static let resources = try! HandoutResources(root: Repository.root)
    /// A value that must never appear in a message: a patient's name typed in the wrong place.
    static let secret = "Zelda Quimby"

    /// The message `values` (named as `frontEnd` writes them) fail with.
    func failure(_ frontEnd: RequestFrontEnd, _ values: [String: RequestValue], place: String? = nil) -> String? {
        var builder = HandoutRequestBuilder(RequestSource(frontEnd, place: place))
        do {
            for (name, value) in values.sorted(by: { $0.key < $1.key }) { try builder.set(named: name, value) }
            _ = try builder.request(defaultDate: Self.date, resources: Self.resources)
            return nil
        } catch {
            return HandoutError(error).message
        }
    }

    @Test func aBodySizeOutOfRangeGetsOneMessageNamingTheFieldAsEachFrontEndWritesIt() {
        let rule = Layout.bodySizeRule.requirement
        #expect(failure(.manifest, ["topics": .text("tace"), "body-size": .text("1e19")], place: "m.csv:4")
            == "m.csv:4: 'body-size' must be \(rule)")
        #expect(failure(.form, ["topics": .list(["tace"]), "body-size": .text("8")]) == "'body-size' must be \(rule)")
        #expect(failure(.json, ["topics": .list(["tace"]), "bodySize": .number(1e308)]) == "'bodySize' must be \(rule)")
        #expect(failure(.json, ["topics": .list(["tace"]), "bodySize": .flag(true)]) == "'bodySize' must be \(rule)")
        var builder = HandoutRequestBuilder(RequestSource(.commandLine))
        #expect(throws: HandoutError("--body-size must be \(rule)")) {
            try builder.set(.topics, .list(["tace"]))
            try builder.set(.bodySize, .text("nan"))
            _ = try builder.request(defaultDate: Self.date)
        }
    }

    @Test func noMessageRepeatsAValue() {
        let fields = ["collection", "layout", "format", "title", "date", "cover", "body-size", "speaking-rate", "primary"]
        for field in fields {
            let value = field == "title" ? "\(Self.secret)\n" : Self.secret
            let message = failure(.manifest, ["topics": .text("tace"), field: .text(value)], place: "m.csv:2")
            #expect(message != nil && !message!.contains("Zelda"), "\(field): \(message ?? "built")")
        }
        #expect(failure(.form, ["topics": .list(["tace", Self.secret])])?.contains("items 2, 3 are not topic ids") == true)
        let unknown = failure(.json, ["topics": .list(["tace"]), Self.secret: .text("x")])
        #expect(unknown?.hasPrefix("an unknown field; the fields are ") == true && unknown?.contains("Zelda") == false)
    }

    @Test func valuesOfEveryKindMapOntoTheSameRequest() throws {
        var csv = HandoutRequestBuilder(.manifest(file: "m.csv", line: 2))
        for (name, text) in ["topics": "tace;sirt", "body-size": "18", "cover": "yes", "date": "2026-01-02", "format": "MP3",
            "speaking-rate": "200", "patient.name": "Ann", "output": "a.mp3"] {
            try csv.set(named: name, .text(text))
        }
        var json = HandoutRequestBuilder(RequestSource(.json))
        for (name, value) in ["topics": RequestValue.list(["tace", "sirt"]), "bodySize": .number(18), "cover": .flag(true),
            "format": .text("mp3"), "speakingRate": .number(200)] {
            try json.set(named: name, value)
        }
        json.add(try PersonalDetails(["patient.name": "Ann"], source: "details"))
        let fromCSV = try csv.request(defaultDate: Self.date, resources: Self.resources)
        let fromJSON = try json.request(defaultDate: CalendarDay("2026-01-02")!, resources: Self.resources)
        #expect(fromCSV.topicIDs == ["tace", "sirt"] && fromCSV.bodySize == 18 && fromCSV.cover == true)
        #expect(fromCSV.format == .mp3 && fromCSV.speakingRate == 200 && fromCSV.details.values["patient.name"] == "Ann")
        #expect(fromCSV.topicIDs == fromJSON.topicIDs && fromCSV.bodySize == fromJSON.bodySize && fromCSV.cover == fromJSON.cover)
        #expect(fromCSV.speakingRate == fromJSON.speakingRate && fromCSV.details == fromJSON.details && fromCSV.date == fromJSON.date)
    }

    @Test func aJSONBodysTypesAreTheSchemasButAManifestRowMayWriteAnythingAsText() {
        #expect(failure(.json, ["topics": .list(["tace"]), "title": .number(5)]) == "'title' must be \(RequestField.title.requirement(in: .json))")
        #expect(failure(.json, ["topics": .list(["tace"]), "bodySize": .text("18")]) == "'bodySize' must be \(Layout.bodySizeRule.requirement)")
        #expect(failure(.json, ["topics": .list(["tace"]), "cover": .text("yes")]) == "'cover' must be true or false")
        #expect(failure(.json, ["topics": .list(["tace"]), "format": .text("mp3"), "speakingRate": .text("")])
            == "'speakingRate' must be \(RequestField.speakingRateRule.requirement)")
        #expect(failure(.manifest, ["topics": .text("tace"), "title": .number(5), "body-size": .text("18"), "cover": .text("yes")]) == nil)
    }

    @Test func crossFieldRulesNameBothFields() {
        #expect(failure(.json, ["topics": .list(["tace"]), "speakingRate": .number(120)])
            == "'speakingRate' is for audio: 'format' must be mp3")
        #expect(failure(.form, ["title": .text("x")]) == "no topics and no collection: give 'topics' or 'collection'")
        #expect(failure(.json, ["topics": .list(["tace"]), "speakingRate": .number(120.5), "format": .text("mp3")])
            == "'speakingRate' must be \(RequestField.speakingRateRule.requirement)")
        #expect(failure(.manifest, ["topics": .text("tace"), "output": .text("../a.pdf")], place: "m.csv:3")
            == "m.csv:3: 'output' must be \(RequestField.output.requirement(in: .manifest))")
        #expect(failure(.form, ["topics": .list(["tace"]), "layout": .text("Layouts/standard.yaml")])
            == "'layout' must be the name of a layout")
    }

    @Test func theFieldTableInTheDocsIsTheOneInTheCode() throws {
        let docs = try String(contentsOf: Repository.root.appendingPathComponent("docs/request-fields.md"), encoding: .utf8)
        #expect(docs.contains(RequestField.documentationTable), "docs/request-fields.md should hold:\n\(RequestField.documentationTable)")
    }
}

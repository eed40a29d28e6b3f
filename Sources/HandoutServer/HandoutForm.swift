import Document
import Foundation
import HandoutKit

/// What a person asked for, from the web form or a JSON body, checked before anything is built.
struct HandoutForm {
    var topics: [String]
    var collection: String?
    var layout: String
    var title: String?
    var details: [String: String]
    var cover: Bool?
    /// The body text size a patient asked for, in points.
    var bodySize: Double?
    var format = OutputFormat.standard

    /// Why a body size is refused: the rule, never the value sent.
    static let bodySizeMessage = "the text size must be \(Layout.bodySizeRule.requirement)"

    /// The longest title accepted, in characters.
    static let maximumTitleLength = 120

    /// The fields the form may send; anything else is refused, as in JSON.
    static let formFields = ["topics", "collection", "layout", "title", "body-size", "format"] + PersonalDetails.knownKeys

    /// Reads the form's fields; `extraFields` are others the caller reads itself (e.g. `page`).
    init(form: FormFields, extraFields: [String] = []) throws {
        if let unknown = form.names.first(where: { !Self.formFields.contains($0) && !extraFields.contains($0) }) {
            throw RequestError.badRequest(
                "unknown field '\(unknown.prefix(40))'; fields are \((Self.formFields + extraFields).joined(separator: ", "))")
        }
        topics = form.values("topics")
        collection = form.value("collection")
        layout = form.value("layout") ?? "standard"
        title = form.value("title")
        details = [:]
        for key in PersonalDetails.knownKeys {
            if let value = form.value(key) { details[key] = value }
        }
        cover = nil
        if let name = form.value("format") { format = try Self.format(named: name, field: "'format'") }
        if let text = form.value("body-size") {
            guard let size = Layout.bodySizeRule.value(text) else { throw RequestError.badRequest(Self.bodySizeMessage) }
            bodySize = size
        }
    }

    /// Reads `{"topics": […], "collection": "…", "layout": "…", "title": "…", "cover": true,
    /// "format": "pdf", "details": {"nurse.name": "…"}}`; details may also be nested.
    init(json data: Data) throws {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw RequestError.badRequest("the body is not a JSON object")
        }
        let known = ["topics", "collection", "layout", "title", "cover", "details", "bodySize", "format"]
        if let unknown = object.keys.sorted().first(where: { !known.contains($0) }) {
            throw RequestError.badRequest("unknown field '\(unknown)'; fields are \(known.joined(separator: ", "))")
        }
        func text(_ key: String) throws -> String? {
            guard let value = object[key], !(value is NSNull) else { return nil }
            guard let string = value as? String else { throw RequestError.badRequest("'\(key)' must be text") }
            return string.isEmpty ? nil : string
        }
        guard object["topics"] == nil || object["topics"] is [String] else {
            throw RequestError.badRequest("'topics' must be a list of topic ids")
        }
        topics = object["topics"] as? [String] ?? []
        collection = try text("collection")
        layout = try text("layout") ?? "standard"
        title = try text("title")
        if let name = try text("format") { format = try Self.format(named: name, field: "'format'") }
        if let value = object["cover"], !(value is NSNull) {
            guard let flag = value as? Bool else { throw RequestError.badRequest("'cover' must be true or false") }
            cover = flag
        }
        if let value = object["bodySize"], !(value is NSNull) {
            guard let number = value as? NSNumber, !(value is Bool), let size = Layout.bodySizeRule.check(number.doubleValue) else {
                throw RequestError.badRequest(Self.bodySizeMessage)
            }
            bodySize = size
        }
        details = [:]
        if let value = object["details"], !(value is NSNull) {
            guard let nested = value as? [String: Any] else { throw RequestError.badRequest("'details' must be an object") }
            do {
                details = try PersonalDetails(
                    json: JSONSerialization.data(withJSONObject: nested), file: "details").values
            } catch { throw RequestError.badRequest(HandoutError(error).message) }
        }
    }

    /// The build request, checking sizes, keys and that every name is one the service offers,
    /// so that what fails later is the service's fault, never the request's.
    func request(date: CalendarDay, resources: HandoutResources) throws -> HandoutRequest {
        guard !topics.isEmpty || collection != nil else {
            throw RequestError.badRequest("choose at least one topic or a set of topics")
        }
        let topicIDs = Set(resources.content.topics.map(\.id))
        guard topics.allSatisfy(topicIDs.contains) else {
            throw RequestError.badRequest("'topics' names a topic the service does not have; choose topics from the list")
        }
        if let collection, !resources.content.collections.contains(where: { $0.id == collection }) {
            throw RequestError.badRequest("'collection' names a set of topics the service does not have; choose one from the list")
        }
        if let title, title.count > Self.maximumTitleLength || title.contains(where: \.isNewline) {
            throw RequestError.badRequest("the title must be one line of at most \(Self.maximumTitleLength) characters")
        }
        if let bodySize, Layout.bodySizeRule.check(bodySize) == nil { throw RequestError.badRequest(Self.bodySizeMessage) }
        guard resources.layoutNames.contains(layout) else {
            throw RequestError.badRequest("choose one of the listed print styles")
        }
        let personal: PersonalDetails
        do { personal = try PersonalDetails(details, source: "form") } catch {
            throw RequestError.badRequest(HandoutError(error).message)
        }
        return HandoutRequest(
            topicIDs: topics, collectionID: collection, layout: layout, title: title, details: personal, date: date,
            cover: cover, bodySize: bodySize, format: format)
    }

    private static func format(named name: String, field: String) throws -> OutputFormat {
        do { return try OutputFormat(named: name, field: field) } catch { throw RequestError.badRequest(HandoutError(error).message) }
    }

    /// A download name from what was chosen, never from personal details.
    func fileName() -> String {
        let base = collection ?? (topics.count == 1 ? topics[0] : "handout")
        let safe = base.filter { $0.isLetter || $0.isNumber || $0 == "-" }
        return "\(safe.isEmpty ? "handout" : safe).\(format.fileExtension)"
    }
}

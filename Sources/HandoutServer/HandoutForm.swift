import Document
import Foundation
import HandoutKit

/// What a person asked for, from the web form or a JSON body: the fields mapped onto a
/// ``HandoutRequestBuilder``, which checks them before anything is built.
struct HandoutForm {
    private var builder: HandoutRequestBuilder

    /// Reads the form's fields; `extraFields` are others the caller reads itself (e.g. `page`).
    init(form: FormFields, extraFields: [String] = []) throws {
        builder = HandoutRequestBuilder(RequestSource(.form))
        var seen: Set<String> = []
        for name in form.names where !extraFields.contains(name) && seen.insert(name).inserted {
            let value: RequestValue = name == RequestField.topics.rawValue ? .list(form.values(name)) : .text(form.value(name) ?? "")
            try Self.refusing { try builder.set(named: name, value) }
        }
    }

    /// Reads `{"topics": […], "collection": "…", "layout": "…", "title": "…", "cover": true,
    /// "format": "pdf", "bodySize": 18, "speakingRate": 160, "details": {"nurse.name": "…"}}`;
    /// details may also be nested (docs/request-fields.md).
    init(json data: Data) throws {
        guard let object = try? JSONDecoder().decode([String: RequestValue].self, from: data) else {
            throw RequestError.badRequest("the body is not a JSON object")
        }
        builder = HandoutRequestBuilder(RequestSource(.json))
        for (key, value) in object.sorted(by: { $0.key < $1.key }) where key != RequestField.details.rawValue {
            try Self.refusing { try builder.set(named: key, value) }
        }
        if object[RequestField.details.rawValue] != nil && object[RequestField.details.rawValue] != .null {
            let whole = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            guard let nested = whole?[RequestField.details.rawValue] as? [String: Any] else {
                throw RequestError.badRequest("'details' must be an object")
            }
            try Self.refusing {
                builder.add(try PersonalDetails(json: JSONSerialization.data(withJSONObject: nested), file: "details"))
            }
        }
    }

    /// The build request, every field checked and every name one the service offers, so that what
    /// fails later is the service's fault, never the request's.
    func request(date: CalendarDay, resources: HandoutResources) throws -> HandoutRequest {
        try Self.refusing { try builder.request(defaultDate: date, resources: resources) }
    }

    /// Runs `work`, turning a refused value into a 400 with the builder's message.
    private static func refusing<Result>(_ work: () throws -> Result) throws -> Result {
        do { return try work() } catch let error as RequestError { throw error } catch {
            throw RequestError.badRequest(HandoutError(error).message)
        }
    }

    /// A download name from what was chosen, never from personal details.
    static func fileName(for request: HandoutRequest) -> String {
        let base = request.collectionID ?? (request.topicIDs.count == 1 ? request.topicIDs[0] : "handout")
        let safe = base.filter { $0.isLetter || $0.isNumber || $0 == "-" }
        return "\(safe.isEmpty ? "handout" : safe).\(request.format.fileExtension)"
    }
}

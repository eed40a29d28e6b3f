import Foundation

extension PersonalDetails {
    /// Reads details from a JSON object, nested (`{"clinic": {"phone": "…"}}`) or with dotted
    /// keys (`{"clinic.phone": "…"}`). Values must be text. Errors name the file and key only.
    public init(json data: Data, file: String) throws {
        guard let object = try? JSONSerialization.jsonObject(with: data) else {
            throw ContentError(file: file, "not valid JSON")
        }
        guard let top = object as? [String: Any] else {
            throw ContentError(file: file, "expected a JSON object of details, e.g. {\"patient\": {\"name\": \"…\"}}")
        }
        var values: [String: String] = [:]
        func collect(_ object: [String: Any], prefix: String) throws {
            for (key, value) in object {
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                switch value {
                case let text as String: values[path] = text
                case let nested as [String: Any]: try collect(nested, prefix: path)
                case is NSNull: continue
                default:
                    guard Self.knownKeys.contains(path) else { throw ContentError(file: file, "a key that is not a detail; known keys are \(Self.knownKeys.joined(separator: ", "))") }
                    throw ContentError(file: file, key: path, "expected text")
                }
            }
        }
        try collect(top, prefix: "")
        try self.init(values, source: file)
    }

    /// Reads `key=value` pairs as given to `--set`.
    public init(assignments: [String], source: String) throws {
        var values: [String: String] = [:]
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw ContentError(file: source, "expected key=value, e.g. clinic.phone=01234 567890")
            }
            values[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...])
        }
        try self.init(values, source: source)
    }

    /// These details with `other`'s values added over them.
    public func merging(_ other: PersonalDetails) -> PersonalDetails {
        var merged = self
        merged.values.merge(other.values) { $1 }
        return merged
    }
}

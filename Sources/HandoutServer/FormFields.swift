/// The fields of an `application/x-www-form-urlencoded` body, in order, keys repeatable.
struct FormFields {
    private(set) var pairs: [(name: String, value: String)] = []

    init(_ body: String) throws {
        for pair in body.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), let value = Self.decode(parts.count > 1 ? parts[1] : "") else {
                throw RequestError.badRequest("the form data is not correctly encoded")
            }
            pairs.append((name, value))
        }
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// The names of the fields, in order, with repeats.
    var names: [String] { pairs.map(\.name) }

    /// Every value given for `name`.
    func values(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

    /// The last non-empty value given for `name`.
    func value(_ name: String) -> String? {
        values(name).last.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}

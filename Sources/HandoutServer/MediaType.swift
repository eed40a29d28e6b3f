/// A `Content-Type` or `Accept` entry reduced to its essence: `type/subtype` in lower case,
/// without parameters, as media types are matched (RFC 9110 §8.3.1).
enum MediaType {
    static let json = "application/json"
    static let form = "application/x-www-form-urlencoded"

    /// `"APPLICATION/JSON; charset=utf-8"` → `"application/json"`.
    static func essence(of value: String) -> String {
        value.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    }

    /// Whether an `Accept` header lists `type` (each entry compared by its essence).
    static func accepts(_ header: String, _ type: String) -> Bool {
        header.split(separator: ",").contains { essence(of: String($0)) == type }
    }
}

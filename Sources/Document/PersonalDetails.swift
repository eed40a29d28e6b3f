/// A patient's and clinic's details for placeholders such as `{{clinic.phone}}`.
///
/// Values are plain text: they are escaped before they reach Markdown, so they can never add
/// formatting, links or blocks. Never log or print them.
public struct PersonalDetails: Sendable, Equatable {
    /// The keys topics and the cover may use.
    public static let knownKeys = [
        "patient.name", "clinic.name", "clinic.phone", "nurse.name", "nurse.phone", "appointment", "primary",
    ]
    /// Where the cancer started; topics can test it as `{{#primary_is.bowel}}…{{/primary_is.bowel}}`.
    public static let primaries = ["bowel", "breast", "lung", "other"]
    /// The longest value accepted, in characters.
    public static let maximumLength = 200

    public internal(set) var values: [String: String]

    /// No details: placeholders fall back to their general wording.
    public static let none = PersonalDetails()

    private init() { values = [:] }

    /// Validates `values`; `source` names where they came from, for messages (e.g. `--set`).
    /// Empty values count as absent.
    public init(_ values: [String: String], source: String) throws {
        var cleaned: [String: String] = [:]
        for (key, value) in values {
            guard Self.knownKeys.contains(key) else {
                // The unknown key is not repeated: it may be a patient's name typed in the wrong place.
                throw ContentError(
                    file: source, "a key that is not a detail; known keys are \(Self.knownKeys.joined(separator: ", "))")
            }
            let flattened = value.split(whereSeparator: \.isNewline).joined(separator: " ")
                .filter { !($0.asciiValue.map { $0 < 32 } ?? false) }
                .trimmingCharacters(in: .whitespaces)
            guard flattened.count <= Self.maximumLength else {
                throw ContentError(file: source, key: key, "longer than \(Self.maximumLength) characters")
            }
            if key == "primary", !flattened.isEmpty, !Self.primaries.contains(flattened.lowercased()) {
                throw ContentError(file: source, key: key, "use one of \(Self.primaries.joined(separator: ", "))")
            }
            if !flattened.isEmpty { cleaned[key] = key == "primary" ? flattened.lowercased() : flattened }
        }
        self.values = cleaned
    }

    /// Whether any detail is filled in.
    public var isEmpty: Bool { values.isEmpty }

    /// Nested dictionaries for Mustache, so `clinic.phone` finds `["clinic": ["phone": ...]]`;
    /// `date` is the handout's date, written out in `language`, and `primary_is.<primary>` is true for the primary.
    func mustacheContext(date: CalendarDay?, language: LanguageTag = .british) -> [String: Any] {
        var context: [String: Any] = [:]
        if let date { context["date"] = date.longForm(in: language) }
        if let primary = values["primary"] { context["primary_is"] = [primary: true] }
        for (key, value) in values {
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2 {
                var group = context[parts[0]] as? [String: String] ?? [:]
                group[parts[1]] = value
                context[parts[0]] = group
            } else {
                context[key] = value
            }
        }
        return context
    }
}

import Document
import Speech

/// Every field a request can carry, with its name in each front end and the rule its value must
/// meet. docs/request-fields.md is this table (a test checks it against ``documentationTable``).
public enum RequestField: String, CaseIterable, Sendable {
    case output, topics, collection, layout, format, title, date, cover
    case questionsPage = "questions-page"
    case bodySize = "body-size"
    case speakingRate = "speaking-rate"
    case imposition
    /// The personal details, one value per key of ``PersonalDetails/knownKeys``.
    case details

    /// The longest title accepted, in characters.
    public static let maximumTitleLength = 120
    /// The check of a speaking rate, in words a minute.
    public static let speakingRateRule = NumberRule(
        Double(SpeechOptions.rateRange.lowerBound)...Double(SpeechOptions.rateRange.upperBound), unit: "words a minute", whole: true)

    /// The field's name in `frontEnd`; nil when that front end does not take it.
    public func name(in frontEnd: RequestFrontEnd) -> String? {
        switch (self, frontEnd) {
        case (.output, .commandLine): "-o"
        case (.output, .manifest): rawValue
        case (.output, _), (.date, .form), (.date, .json), (.cover, .form), (.imposition, .manifest), (.imposition, .form),
            (.imposition, .json), (.questionsPage, .manifest), (.questionsPage, .form), (.questionsPage, .json):
            nil
        case (.topics, .commandLine): "topics"
        case (.details, .commandLine): "--set"
        case (.details, .json): "details"
        case (.details, _): PersonalDetails.knownKeys.joined(separator: ", ")
        case (_, .commandLine): "--\(rawValue)"
        case (.bodySize, .json): "bodySize"
        case (.speakingRate, .json): "speakingRate"
        case (_, _): rawValue
        }
    }

    /// The field `name` names in `frontEnd` (not a personal detail's key).
    public init?(named name: String, in frontEnd: RequestFrontEnd) {
        guard let field = Self.allCases.first(where: { $0 != .details && $0.name(in: frontEnd) == name }) else { return nil }
        self = field
    }

    /// The names `frontEnd` takes, personal details' keys included, for messages and docs.
    public static func names(in frontEnd: RequestFrontEnd) -> [String] {
        allCases.compactMap { field in field == .details && frontEnd != .json ? nil : field.name(in: frontEnd) }
            + (frontEnd == .json || frontEnd == .commandLine ? [] : PersonalDetails.knownKeys)
    }

    /// Whether the field is yes or no.
    var isFlag: Bool { self == .cover || self == .questionsPage }

    /// Whether the field is a number.
    var isNumber: Bool { self == .bodySize || self == .speakingRate }

    /// The rule the value must meet, as the end of "… must be …".
    public func requirement(in frontEnd: RequestFrontEnd) -> String {
        switch self {
        case .output:
            frontEnd == .manifest
                ? "a file name without folders, ending with the format's extension (.pdf, .mp3, .brf, .html)"
                : "a file name ending with the format's extension (.pdf, .mp3, .brf, .html)"
        case .topics:
            frontEnd == .json ? "a list of topic ids" : "topic ids, separated by spaces, commas or semicolons"
        case .collection: "the id of a collection"
        case .layout: frontEnd.takesLayoutFiles ? "the name of a layout, or a path to a layout file" : "the name of a layout"
        case .format: "one of \(OutputFormat.names)"
        case .title: "one line of at most \(Self.maximumTitleLength) characters"
        case .date: CalendarDay.requirement
        case .cover, .questionsPage: frontEnd == .json ? "true or false" : "yes or no"
        case .bodySize: Layout.bodySizeRule.requirement
        case .speakingRate: Self.speakingRateRule.requirement
        case .imposition: "one of \(Layout.Booklet.Imposition.allCases.map(\.rawValue).joined(separator: ", "))"
        case .details:
            "text of at most \(PersonalDetails.maximumLength) characters for each of \(PersonalDetails.knownKeys.joined(separator: ", ")); primary is one of \(PersonalDetails.primaries.joined(separator: ", "))"
        }
    }

    /// What the field is for, for docs/request-fields.md.
    public var summary: String {
        switch self {
        case .output: "where to write the file"
        case .topics: "the topics, in any order; they print in reading order"
        case .collection: "a collection; its topics are added to any named"
        case .layout: "the layout (default standard)"
        case .format: "the kind of file (default pdf)"
        case .title: "the handout's title (default the collection's or single topic's)"
        case .date: "the date printed and written into the file (default today)"
        case .cover: "open with a cover page of the details (default: when any detail is given)"
        case .questionsPage: "end with a \"My questions\" page (default: when any detail is given)"
        case .bodySize: "the body text size in points; every other size scales with it"
        case .speakingRate: "words a minute, for format mp3 only (default \(SpeechOptions.defaultRate))"
        case .imposition: "a booklet's imposition: saddle-stitch sheets, or none for the plain reading copy"
        case .details: "the patient's and clinic's details for placeholders (--data FILE.json on the command line too)"
        }
    }

    /// The Markdown table of every field, as docs/request-fields.md holds it.
    public static var documentationTable: String {
        let frontEnds = RequestFrontEnd.allCases
        var lines = [
            "| field | " + frontEnds.map(\.rawValue).joined(separator: " | ") + " | must be | what it is |",
            "| --- | " + frontEnds.map { _ in "---" }.joined(separator: " | ") + " | --- | --- |",
        ]
        for field in allCases {
            let names = frontEnds.map { field.name(in: $0).map { "`\($0)`" } ?? "–" }
            // Each rule once, with the front ends it is for when they differ.
            let taking = frontEnds.filter { field.name(in: $0) != nil }
            var rules: [String] = []
            for frontEnd in taking where !rules.contains(field.requirement(in: frontEnd)) { rules.append(field.requirement(in: frontEnd)) }
            let requirement = rules.count == 1 ? rules[0] : rules.map { rule in
                "\(rule) (\(taking.filter { field.requirement(in: $0) == rule }.map(\.rawValue).joined(separator: ", ")))"
            }.joined(separator: "; ")
            lines.append("| \(field.rawValue) | " + names.joined(separator: " | ") + " | \(requirement) | \(field.summary) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// How serious a finding of `handout check` is: errors fail the check, warnings do not.
public enum Severity: String, Sendable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
}

/// One problem `handout check` found, naming the file, the line where known, and the key or term.
public struct Finding: Sendable, Equatable, CustomStringConvertible {
    public var severity: Severity
    /// The file, relative to the content folder, e.g. `topics/tace.md`.
    public var file: String
    public var line: Int?
    /// The front matter key, glossary term, abbreviation or placeholder at fault.
    public var key: String?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, key: String? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// A loading problem, which is always an error.
    public init(_ error: ContentError) {
        self.init(.error, file: error.file, line: error.line, key: error.key, error.message)
    }

    /// One grep-able line: `topics/tace.md:12: error: 'NHS': message`.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        let subject = key.map { "'\($0)': " } ?? ""
        return "\(place): \(severity.rawValue): \(subject)\(message)"
    }

    /// Orders findings by file, then line (findings without a line first), then message.
    static func inReadingOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.message) < (rhs.file, rhs.line ?? 0, rhs.message)
    }
}

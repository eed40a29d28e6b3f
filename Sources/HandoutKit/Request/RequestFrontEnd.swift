/// The four ways a request arrives; each writes the fields its own way (see ``RequestField``).
public enum RequestFrontEnd: String, CaseIterable, Sendable {
    /// `handout build`'s options and arguments.
    case commandLine = "command line"
    /// A column of a CSV batch manifest, or a key of a JSON Lines one.
    case manifest
    /// A field of the web form (`application/x-www-form-urlencoded`), or of a `GET /preview` address.
    case form
    /// A key of a JSON body sent to the web service.
    case json = "JSON"

    /// Whether a layout may be a path to a layout file (else only a name from Layouts/).
    var takesLayoutFiles: Bool { self == .commandLine || self == .manifest }

    /// Where the topics and collections are listed, for messages.
    var topicListing: String {
        switch self {
        case .commandLine, .manifest: "`handout topics`"
        case .form: "the form"
        case .json: "GET /api/topics"
        }
    }
}

/// Where a request's values came from: the front end, and for a manifest row its file and line.
/// Messages name the field as that front end writes it, and never repeat a value.
public struct RequestSource: Sendable {
    public var frontEnd: RequestFrontEnd
    /// "m.csv:4" for a manifest row; nil elsewhere.
    public var place: String?

    public init(_ frontEnd: RequestFrontEnd, place: String? = nil) {
        self.frontEnd = frontEnd
        self.place = place
    }

    /// A row of the manifest `file`.
    public static func manifest(file: String, line: Int) -> RequestSource { RequestSource(.manifest, place: "\(file):\(line)") }

    /// `field` as this front end writes it, for messages: `--body-size`, `'body-size'`, `'bodySize'`.
    public func name(_ field: RequestField) -> String {
        let name = field.name(in: frontEnd) ?? field.rawValue
        return frontEnd == .commandLine ? name : "'\(name)'"
    }

    /// `text` with the place in front: "m.csv:4: 'date' must be …".
    public func message(_ text: String) -> String { place.map { "\($0): \(text)" } ?? text }

    /// The error for `field` not passing its rule.
    public func failure(_ field: RequestField, _ detail: String? = nil) -> HandoutError {
        HandoutError(message("\(name(field)) must be \(field.requirement(in: frontEnd))\(detail.map { " (\($0))" } ?? "")"))
    }
}

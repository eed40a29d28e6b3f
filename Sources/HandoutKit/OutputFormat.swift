/// A kind of file a handout can be built as. The CLI (`--format`), batch manifests (a `format`
/// column), the web form and the JSON API all take these names and check them here.
///
/// Adding a format is one case here (the compiler then asks for its description and media type
/// below) and its renderer in ``HandoutBuilder/build(_:)``.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Print: the typeset pages (the default).
    case pdf
    /// Audio: the handout read aloud, with a chapter per topic (see docs/audio.md).
    case mp3
    /// Braille: ASCII braille pages for an embosser or a braille display.
    case brf
    /// A web page: one self-contained, accessible HTML file.
    case html

    /// The format when none is asked for.
    public static let standard = OutputFormat.pdf

    /// The file name extension, without the dot; a file written in this format must end with it.
    public var fileExtension: String { rawValue }

    /// What the format is, for people choosing one.
    public var description: String {
        switch self {
        case .pdf: "PDF for print"
        case .mp3: "MP3 audio, read aloud, a chapter per topic"
        case .brf: "Braille (BRF) for an embosser or braille display"
        case .html: "Accessible web page (HTML) for screen readers and email"
        }
    }

    /// The media type a download of this format is sent as.
    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .mp3: "audio/mpeg"
        case .brf: "application/x-brf"
        case .html: "text/html; charset=utf-8"
        }
    }

    /// What ``BuiltHandout/pageCount`` counts, for messages; nil for a format without pages.
    public var pageUnit: String? {
        switch self {
        case .pdf: "pages"
        case .brf: "braille pages"
        case .html: nil
        case .mp3: nil
        }
    }

    /// The names accepted, for messages: `pdf, brf, html`.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The format called `name` (any case); `field` says where the name came from, for the error.
    public init(named name: String, field: String) throws {
        guard let format = OutputFormat(rawValue: name.lowercased()) else {
            throw HandoutError("\(field) must be one of \(Self.names)")
        }
        self = format
    }

    /// Checks that the file name `name` ends with this format's extension (any case). The error
    /// names `field`, never the name itself (it may hold a patient's name).
    public func checkFileName(_ name: String, field: String) throws {
        let suffix = "." + fileExtension
        guard name.lowercased().hasSuffix(suffix), name.count > suffix.count else {
            throw HandoutError("\(field) must be a file name ending \(suffix) for format \(rawValue)")
        }
    }
}

import FigureFiles
import Foundation

/// Who publishes the leaflets of a content folder: its `organisation.yaml`. The logo prints on
/// page 1 (and, if the layout asks, in the running header); the rest on the "About this leaflet"
/// page. A folder without the file prints leaflets without branding.
public struct Organisation: Sendable, Equatable {
    /// The file's name in the content folder.
    public static let fileName = "organisation.yaml"
    /// The keys the file must have, and no others.
    public static let keys = [
        "name", "logo", "logo-alt", "phone", "website", "address", "feedback", "leaflet-code-prefix", "other-formats",
    ]

    public var name: String
    /// The logo, as a figure whose alt text is `logo-alt`.
    public var logo: Figure
    public var phone: String
    public var website: String
    /// The postal address, one line an item.
    public var address: [String]
    /// How to give feedback on a leaflet: one or two sentences.
    public var feedback: String
    /// Starts every leaflet code (see ``LeafletCode``): capital letters and digits.
    public var leafletCodePrefix: String
    /// The other formats a reader can ask for ("Large print", "Braille", …).
    public var otherFormats: [String]

    /// Reads the file; a missing, empty or unknown key, or a logo that cannot be used, is an
    /// error naming the file, line and key.
    public static func load(_ text: String, file: String, contentDirectory: URL) throws -> Organisation {
        let fields = try YAMLFields.parse(text, file: file)
        try fields.rejectUnknownKeys(allowed: keys)
        let missing = keys.filter { !fields.has($0) }
        guard missing.isEmpty else {
            throw ContentProblems(errors: missing.map { fields.error($0, "missing required key") })
        }
        func line(_ key: String) throws -> String {
            let value = try fields.string(key).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.contains(where: \.isNewline) else { throw fields.error(key, "must be one line of text") }
            return value
        }
        let source = try line("logo")
        guard let path = Figure.path(of: source, in: contentDirectory) else {
            throw fields.error("logo", "the logo path '\(source)' must be relative to the content folder, e.g. figures/logo.svg")
        }
        let measurement: FigureMeasurement
        do {
            measurement = try FigureMeasurer.measure(path)
        } catch {
            throw fields.error("logo", "the logo '\(source)': \(error)")
        }
        let prefix = try line("leaflet-code-prefix")
        guard prefix.count <= 8, prefix.allSatisfy({ ($0.isUppercase || $0.isNumber) && $0.isASCII }) else {
            throw fields.error("leaflet-code-prefix", "use up to 8 capital letters and digits, such as NVH")
        }
        let address = try fields.stringList("address")
        guard !address.isEmpty else { throw fields.error("address", "give at least one line") }
        let formats = try fields.stringList("other-formats")
        guard !formats.isEmpty else { throw fields.error("other-formats", "name at least one format, such as Large print") }
        return Organisation(
            name: try line("name"),
            logo: Figure(
                source: source, path: path, alt: try line("logo-alt"), caption: "", measurement: measurement,
                line: fields.keyLines["logo"] ?? 1),
            phone: try line("phone"), website: try line("website"), address: address, feedback: try fields.string("feedback"),
            leafletCodePrefix: prefix, otherFormats: formats)
    }
}

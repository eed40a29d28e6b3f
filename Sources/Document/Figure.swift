import Foundation
import FigureFiles

/// A figure: an image file with its alt text and caption, measured when the topic was read.
///
/// Written in Markdown as `![alt text](figures/liver.svg "Caption")`, alone in its paragraph, with
/// the path relative to the content folder. `![](figures/wave.svg "decorative")` marks an image
/// as decorative: it has no alt text or caption, and is left out of the document's structure.
public struct Figure: Hashable, Sendable {
    /// The path as the topic wrote it, relative to the content folder.
    public var source: String
    /// The file's full path.
    public var path: String
    /// What the image shows, for people who cannot see it; empty only when decorative.
    public var alt: String
    /// The caption printed under it (may be empty).
    public var caption: String
    public var isDecorative: Bool
    public var measurement: FigureMeasurement
    /// The line of the topic file it was written on.
    public var line: Int

    public init(
        source: String, path: String, alt: String, caption: String, isDecorative: Bool = false,
        measurement: FigureMeasurement, line: Int
    ) {
        self.source = source
        self.path = path
        self.alt = alt
        self.caption = caption
        self.isDecorative = isDecorative
        self.measurement = measurement
        self.line = line
    }

    /// The full path of `source` in `directory`, or nil when `source` is not a plain path inside
    /// it (absolute, a web address, or going up with `..`).
    public static func path(of source: String, in directory: URL) -> String? {
        guard !source.isEmpty, !source.hasPrefix("/"), !source.contains("://"), !source.split(separator: "/").contains("..")
        else { return nil }
        return directory.appendingPathComponent(source).path
    }

    /// The title that marks an image as decorative.
    public static let decorativeTitle = "decorative"
}

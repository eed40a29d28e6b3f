import Document
import FigureFiles
import Foundation

/// A figure as HTML: the image inside the page as a `data:` URL (the page stays one file), with its
/// alt text and caption; a decorative image has empty alt text, so screen readers pass it by.
enum HTMLFigure {
    /// CSS pixels per point: the image keeps the size it prints at.
    static let pixelsPerPoint = 96.0 / 72

    static func write(_ figure: Figure, to html: inout String) {
        guard let data = FileManager.default.contents(atPath: figure.path) else {
            // The file was read when the topic was; should it have gone since, its description stands in.
            html += "<p>\(HTMLEscaping.escape(figure.alt))</p>\n"
            return
        }
        let width = Int((figure.measurement.width * pixelsPerPoint).rounded())
        let height = Int((figure.measurement.height * pixelsPerPoint).rounded())
        let image =
            "<img src=\"data:\(mimeType(figure.measurement.format));base64,\(data.base64EncodedString())\" "
            + "alt=\"\(HTMLEscaping.escape(figure.alt))\" width=\"\(width)\" height=\"\(height)\">"
        guard !figure.caption.isEmpty else {
            html += "<p class=\"figure\">\(image)</p>\n"
            return
        }
        html += "<figure>\n\(image)\n<figcaption>\(HTMLEscaping.escape(figure.caption))</figcaption>\n</figure>\n"
    }

    static func mimeType(_ format: FigureFormat) -> String {
        switch format {
        case .svg: "image/svg+xml"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        }
    }
}

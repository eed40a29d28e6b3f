import Document
import FigureFiles
import Foundation

/// A figure as HTML: the image inside the page as a `data:` URL (the page stays one file), with its
/// alt text and caption; a decorative image has empty alt text, so screen readers pass it by.
enum HTMLFigure {
    /// CSS pixels per point: the image keeps the size it prints at.
    static let pixelsPerPoint = 96.0 / 72

    static func write(_ figure: Figure, to html: inout String) {
        guard let image = image(figure) else {
            // The file was read when the topic was; should it have gone since, its description stands in.
            html += "<p>\(HTMLEscaping.escape(figure.alt))</p>\n"
            return
        }
        guard !figure.caption.isEmpty else {
            html += "<p class=\"figure\">\(image)</p>\n"
            return
        }
        html += "<figure>\n\(image)\n<figcaption>\(HTMLEscaping.escape(figure.caption))</figcaption>\n</figure>\n"
    }

    /// The `img` element for `figure`, `height` points tall if given (else its natural size); nil if the file cannot be read.
    static func image(_ figure: Figure, height: Double? = nil) -> String? {
        guard let data = FileManager.default.contents(atPath: figure.path) else { return nil }
        let natural = figure.measurement
        let shown = height ?? natural.height
        let width = Int((shown * natural.width / natural.height * pixelsPerPoint).rounded())
        return "<img src=\"data:\(mimeType(natural.format));base64,\(data.base64EncodedString())\" "
            + "alt=\"\(HTMLEscaping.escape(figure.alt))\" width=\"\(width)\" height=\"\(Int((shown * pixelsPerPoint).rounded()))\">"
    }

    static func mimeType(_ format: FigureFormat) -> String {
        switch format {
        case .svg: "image/svg+xml"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        }
    }
}

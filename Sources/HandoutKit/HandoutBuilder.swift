import Document
import Foundation
import PageModel
import Render
import Typesetting

/// Builds handouts: content, fonts and layouts are loaded once; each build composes,
/// typesets and renders one PDF in memory.
///
/// Not thread-safe (it caches shaped words and open fonts): give each task its own builder,
/// made with ``HandoutResources`` shared between them.
public final class HandoutBuilder {
    public let resources: HandoutResources
    private let typesetter: Typesetter
    private let renderer = PDFRenderer()
    private let previewRenderer = PNGRenderer()

    /// The resolutions PNG previews can be made at, in dots per inch.
    public static let previewResolutions = PNGRenderer.resolutions

    public init(resources: HandoutResources) {
        self.resources = resources
        typesetter = Typesetter(fontSet: resources.fonts)
    }

    /// Typesets `request` into pages.
    public func pages(for request: HandoutRequest) throws -> PagedDocument {
        do {
            let topics = try resources.topics(for: request)
            let layout = try resources.layout(request.layout)
            let title = try resources.title(for: request, topics: topics)
            let handout = try Handout.compose(
                title: title, topics: topics, glossary: resources.content.glossary, details: request.details)
            let info = DocumentInfo(
                title: title, subject: "Patient information: " + topics.map(\.title).joined(separator: "; "),
                creator: "handout \(HandoutResources.version)", date: request.date.description)
            return typesetter.typeset(handout, layout: layout, info: info)
        } catch {
            throw HandoutError(error)
        }
    }

    /// The PDF for `request`.
    public func pdf(for request: HandoutRequest) throws -> Data {
        try pdf(for: try pages(for: request))
    }

    /// The PDF for pages already typeset.
    public func pdf(for document: PagedDocument) throws -> Data {
        do { return try renderer.render(document) } catch { throw HandoutError(error) }
    }

    /// One PNG image per page, at `dpi` dots per inch (see ``previewResolutions``).
    public func previews(for document: PagedDocument, dpi: Double) throws -> [Data] {
        do { return try previewRenderer.render(document, dpi: dpi) } catch { throw HandoutError(error) }
    }
}

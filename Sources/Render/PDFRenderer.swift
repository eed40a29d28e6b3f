import Cairo
import Foundation
import PageModel

/// Renders a paged document to the bytes of a PDF file.
///
/// Font files are opened once per renderer, so one renderer can serve many documents;
/// a renderer is not thread-safe, so give each task its own.
public final class PDFRenderer {
    private let faces = FontFaceCache()

    public init() {}

    /// Returns the PDF for `document`. Fonts are embedded and subset by cairo.
    public func render(_ document: PagedDocument) throws -> Data {
        let first = document.pages.first?.size ?? Size(width: 595.276, height: 841.89)
        let surface = try PDFSurface(width: first.width, height: first.height)
        try surface.writeMetadata(document.info)
        let fonts = try document.fonts.map { try faces.face(for: $0) }
        let context = try Context(surface)
        let drawer = PageDrawer(context: context, fonts: fonts, drawsLinks: true)
        for page in document.pages {
            try surface.setPageSize(width: page.size.width, height: page.size.height)
            try drawer.draw(page)
            try context.showPage()
        }
        return try surface.finish()
    }
}

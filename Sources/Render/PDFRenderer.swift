import Cairo
import Foundation
import PageModel

/// Renders a paged document to the bytes of a tagged PDF file: structure tags, links, named
/// destinations and bookmarks with cairo, then page labels, the language and title display in
/// the catalog (see ``PDFCatalogUpdate``).
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
        let fonts = DocumentFaces(document.fonts, cache: faces)
        let context = try Context(surface)
        let drawer = PageDrawer(context: context, fonts: fonts, tags: try TagWriter(context: context, pages: document.pages))
        try context.beginStructure("Document")
        var size = first
        for (index, page) in document.pages.enumerated() {
            // cairo 1.16 drops the tags opened on a page before anything is drawn on it (the
            // Document tag, on page 1) when the size is set, so it is set only when it changes.
            if page.size != size {
                try surface.setPageSize(width: page.size.width, height: page.size.height)
                size = page.size
            }
            try drawer.draw(page)
            if index == document.pages.count - 1 { try context.endStructure("Document") }
            try context.showPage()
        }
        try PDFOutline.add(document.outline, to: surface)
        let labels = document.pages.enumerated().map { $1.label ?? String($0 + 1) }
        return try PDFCatalogUpdate.setting(
            [
                ("/Lang", PDFCatalogUpdate.textString(document.info.language)),
                ("/ViewerPreferences", "<< /DisplayDocTitle true >>"),
                ("/PageLabels", PDFPageLabels.numberTree(labels)),
            ], in: try surface.finish())
    }
}

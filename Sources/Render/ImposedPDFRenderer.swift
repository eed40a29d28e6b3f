import Cairo
import Foundation
import PageModel

/// Renders a paged document as imposed booklet sheets: two pages on each side of a landscape
/// sheet, in saddle-stitch order, for duplex printing.
///
/// Each page is drawn straight from the page model, moved into its place on the sheet and clipped
/// to it (cairo 1.16 drops structure tags in recording surfaces and crashes replaying link tags).
/// The sheets are therefore untagged and carry no link annotations; the reading copy has those.
/// Text stays vector, and each font is embedded once, since all sheets share one surface and faces.
/// The sheets are a print file: PDF/A-2b (see ``PDFPostStep``).
public final class ImposedPDFRenderer {
    private let faces = FontFaceCache()
    private let images = ImageCache(pixelOutput: false)

    public init() {}

    /// Returns the PDF of the sheets for `document`. The typesetter pads a booklet to a multiple of
    /// 4 pages; should a document fall short, the missing pages are left blank.
    public func render(_ document: PagedDocument, imposition: BookletImposition) throws -> Data {
        let sheet = imposition.sheetSize
        let surface = try PDFSurface(width: sheet.width, height: sheet.height)
        images.shareFonts(document.fonts)
        let fonts = DocumentFaces(document.fonts, cache: faces)
        let context = try Context(surface)
        let drawer = PageDrawer(context: context, fonts: fonts, images: images, tags: nil)
        let blank = Page(size: imposition.pageSize, items: [])
        for side in imposition.sides(pageCount: document.pages.count) {
            for placement in side.placements {
                let page = document.pages.indices.contains(placement.pageIndex) ? document.pages[placement.pageIndex] : blank
                try context.withSavedState {
                    let cell = placement.cell
                    try context.clip(x: cell.minX, y: cell.minY, width: cell.size.width, height: cell.size.height)
                    try context.translate(x: cell.minX + placement.shift, y: cell.minY)
                    try drawer.draw(page)
                }
            }
            try drawer.draw(Page(size: sheet, items: side.marks))
            try context.showPage()
        }
        return try PDFPostStep.apply(.init(info: document.info, standard: .archiveB), to: try surface.finish())
    }
}

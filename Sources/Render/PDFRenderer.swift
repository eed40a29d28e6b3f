import Cairo
import Foundation
import PageModel

/// Renders a paged document to the bytes of a tagged PDF/UA-1 and PDF/A-2a file: structure tags,
/// links, named destinations and bookmarks with cairo, then what cairo cannot write with libqpdf
/// (see ``PDFPostStep``).
///
/// Font files are opened once per renderer, so one renderer can serve many documents;
/// a renderer is not thread-safe, so give each task its own.
public final class PDFRenderer {
    private let faces = FontFaceCache()
    private let images = ImageCache(pixelOutput: false)
    /// CPU time this renderer's thread spent in the conformance post-step so far (for the stages benchmark).
    public private(set) var postStepTime = Duration.zero

    public init() {}

    /// Returns the PDF for `document`. Fonts are embedded and subset by cairo.
    public func render(_ document: PagedDocument) throws -> Data {
        let first = document.pages.first?.size ?? Size(width: 595.276, height: 841.89)
        let surface = try PDFSurface(width: first.width, height: first.height)
        images.shareFonts(document.fonts)
        let fonts = DocumentFaces(document.fonts, cache: faces)
        let context = try Context(surface)
        let tags = try TagWriter(context: context, pages: document.pages, language: document.info.language)
        let drawer = PageDrawer(context: context, fonts: fonts, images: images, tags: tags)
        try tags.beginDocument()
        var size = first
        for (index, page) in document.pages.enumerated() {
            // cairo 1.16 drops the tags opened on a page before anything is drawn on it (the
            // Document tag, on page 1) when the size is set, so it is set only when it changes.
            if page.size != size {
                try surface.setPageSize(width: page.size.width, height: page.size.height)
                size = page.size
            }
            try drawer.draw(page)
            if index == document.pages.count - 1 { try tags.endDocument() }
            try context.showPage()
        }
        try PDFOutline.add(document.outline, to: surface)
        let labels = document.pages.enumerated().map { $1.label ?? String($0 + 1) }
        let request = PDFPostStep.Request(
            info: document.info, standard: .universalAccessAndArchiveA,
            catalog: [
                ("/Lang", PDFText.literal(document.info.language)),
                ("/ViewerPreferences", "<< /DisplayDocTitle true >>"),
                ("/PageLabels", PDFPageLabels.numberTree(labels)),
            ], linkContents: tags.linkContents, elements: tags.elements,
            markedContentCounts: tags.markedContentCounts)
        let cairoPDF = try surface.finish()
        let start = ThreadCPUClock.now
        defer { postStepTime += ThreadCPUClock.now - start }
        return try PDFPostStep.apply(request, to: cairoPDF)
    }
}

import Foundation
import Mustache
import PageModel

/// The page the form's Preview button shows: the handout's pages as images, in order.
struct PreviewPage {
    /// Preview images are drawn at this resolution: sharp on screen, small to send.
    static let dpi = 72.0

    /// The pixels of `page`'s image at the preview resolution.
    static func pixels(of page: Page) -> Int {
        let scale = dpi / 72
        return Int((page.size.width * scale).rounded(.up)) * Int((page.size.height * scale).rounded(.up))
    }

    /// HTML showing `pages` (PNG data) with their page numbers as alternative text; when they are
    /// the first pages of a longer handout of `pageCount` pages, it says so.
    func html(pages: [Data], of pageCount: Int) throws -> String {
        let images = pages.enumerated().map { index, png in
            ["src": "data:image/png;base64," + png.base64EncodedString(), "alt": "Page \(index + 1) of \(pageCount)"]
        }
        let context: [String: Any] = [
            "pages": images, "count": pageCount, "shown": pages.count, "partial": pages.count < pageCount,
        ]
        return try PageShell.html(title: "Preview of the handout", body: Self.template.get().render(context))
    }

    private static let template = Result { try MustacheTemplate(string: source) }

    private static let source = """
        <main class="preview">
        <h1>Preview: {{count}} pages</h1>
        {{#partial}}<p>This shows the first {{shown}} pages. Download the PDF to see them all.</p>
        {{/partial}}<p><a href="/">Back to the form</a> (use your browser's Back button to keep your choices).</p>
        {{#pages}}<img src="{{src}}" alt="{{alt}}">
        {{/pages}}
        </main>
        """
}

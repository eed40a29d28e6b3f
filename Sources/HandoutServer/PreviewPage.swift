import Foundation
import Mustache

/// The page the form's Preview button shows: every page of the handout as an image, in order.
struct PreviewPage {
    /// Preview images are drawn at this resolution: sharp on screen, small to send.
    static let dpi = 72.0

    /// HTML showing `pages` (PNG data) with their page numbers as alternative text.
    func html(pages: [Data]) throws -> String {
        let images = pages.enumerated().map { index, png in
            ["src": "data:image/png;base64," + png.base64EncodedString(), "alt": "Page \(index + 1) of \(pages.count)"]
        }
        return try PageShell.html(
            title: "Preview of the handout", body: Self.template.get().render(["pages": images, "count": pages.count]))
    }

    private static let template = Result { try MustacheTemplate(string: source) }

    private static let source = """
        <main class="preview">
        <h1>Preview: {{count}} pages</h1>
        <p><a href="/">Back to the form</a> (use your browser's Back button to keep your choices).</p>
        {{#pages}}<img src="{{src}}" alt="{{alt}}">
        {{/pages}}
        </main>
        """
}

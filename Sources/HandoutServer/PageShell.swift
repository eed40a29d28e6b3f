import Mustache

/// The HTML document around every page of the service: language, viewport, title and stylesheet.
enum PageShell {
    /// A whole page titled `title` around `body`, HTML already rendered (and escaped) by a page template.
    static func html(title: String, body: String) throws -> String {
        try template.get().render(["title": title, "body": body])
    }

    private static let template = Result {
        try MustacheTemplate(string: """
            <!doctype html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}}</title>
            <link rel="stylesheet" href="/style.css">
            </head>
            <body>
            {{{body}}}
            </body>
            </html>
            """)
    }
}

import Document
import Foundation

/// Writes a handout as one self-contained, accessible HTML file: the stylesheet inline (with a
/// print stylesheet), `lang` on the page, a skip link, the personal details, contents, real
/// headings and lists, and the glossary as a description list that the text links to. The page
/// is in the content folder's language, as its fixed wording is; a topic in another language
/// says so on its section.
public struct HTMLWriter: Sendable {
    public init() {}

    /// The page for `handout`, its type sizes and colours from `layout`.
    public func html(for handout: Handout, layout: Layout) -> Data {
        let strings = handout.strings
        var html = ""
        html.reserveCapacity(64 * 1024)
        let title = HTMLEscaping.escape(handout.title)
        html += """
            <!DOCTYPE html>
            <html lang="\(HTMLEscaping.escape(strings.language.value))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>
            \(HTMLStylesheet.css(for: layout))</style>
            </head>
            <body>
            <a class="skip" href="#main">\(HTMLEscaping.escape(strings["skip-link"]))</a>
            <header>

            """
        if let logo = handout.organisation?.logo, let image = HTMLFigure.image(logo, height: layout.branding.logoHeight) {
            html += "<p class=\"logo\">\(image)</p>\n"
        }
        html += "<h1>\(title)</h1>\n"
        var blocks = HTMLBlocks(glossary: handout.glossary)
        if let cover = handout.cover, !cover.isEmpty {
            html += "<section class=\"details\" aria-labelledby=\"details\">\n<h2 id=\"details\">\(HTMLEscaping.escape(strings.detailsTitle))</h2>\n"
            blocks.write(cover, to: &html)
            html += "</section>\n"
        }
        html += "</header>\n"
        writeContents(of: handout, to: &html)
        html += "<main id=\"main\" tabindex=\"-1\">\n"
        for section in handout.sections {
            let id = Self.sectionAnchor(section.id)
            let lang = section.language == strings.language ? "" : " lang=\"\(HTMLEscaping.escape(section.language.value))\""
            html += "<section\(lang) aria-labelledby=\"\(id)\">\n<h2 id=\"\(id)\">"
            blocks.write(section.titleSpans, to: &html, linking: false)
            html += "</h2>\n"
            blocks.write(section.blocks, to: &html)
            html += "</section>\n"
        }
        writeGlossary(handout.glossary, title: strings.glossary, to: &html)
        if let about = handout.about {
            html += "<section aria-labelledby=\"\(Self.aboutAnchor)\">\n<h2 id=\"\(Self.aboutAnchor)\">\(HTMLEscaping.escape(about.title))</h2>\n"
            blocks.write(about.blocks, to: &html)
            html += "</section>\n"
        }
        html += "</main>\n</body>\n</html>\n"
        return Data(html.utf8)
    }

    static let glossaryAnchor = "glossary"
    static let aboutAnchor = "about-this-leaflet"

    /// The id of a topic's section: `topic-` and the topic id.
    public static func sectionAnchor(_ topicID: String) -> String { "topic-" + topicID }

    /// A list of links to the topics and the glossary, for handouts of more than one topic.
    private func writeContents(of handout: Handout, to html: inout String) {
        guard handout.sections.count > 1 else { return }
        html += "<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">\(HTMLEscaping.escape(handout.strings.contents))</h2>\n<ol>\n"
        for section in handout.sections {
            html += "<li><a href=\"#\(Self.sectionAnchor(section.id))\">\(HTMLEscaping.escape(section.title))</a></li>\n"
        }
        if !handout.glossary.isEmpty {
            html += "<li><a href=\"#\(Self.glossaryAnchor)\">\(HTMLEscaping.escape(handout.strings.glossary))</a></li>\n"
        }
        if let about = handout.about {
            html += "<li><a href=\"#\(Self.aboutAnchor)\">\(HTMLEscaping.escape(about.title))</a></li>\n"
        }
        html += "</ol>\n</nav>\n"
    }

    /// The glossary as a description list; each term has the id the text links to.
    private func writeGlossary(_ entries: [GlossaryEntry], title: String, to html: inout String) {
        guard !entries.isEmpty else { return }
        html += "<section aria-labelledby=\"\(Self.glossaryAnchor)\">\n<h2 id=\"\(Self.glossaryAnchor)\">\(HTMLEscaping.escape(title))</h2>\n<dl>\n"
        for entry in entries {
            html += "<dt id=\"\(entry.anchor)\"><dfn>\(HTMLEscaping.escape(entry.term))</dfn>"
            if let expansion = entry.expansion { html += " (\(HTMLEscaping.escape(expansion)))" }
            html += "</dt>\n<dd>\(HTMLEscaping.escape(entry.definition))</dd>\n"
        }
        html += "</dl>\n</section>\n"
    }
}

import Braille
import Document
import Foundation
import HTML
import PageModel
import Render
import Typesetting

/// A handout's pages and the layout they were set in, before rendering.
public struct TypesetHandout: Sendable {
    public var document: PagedDocument
    public var layout: Layout
}

/// A built handout: the file's bytes and what they hold.
public struct BuiltHandout: Sendable {
    public var format: OutputFormat
    public var data: Data
    /// Pages of the handout, in the format's ``OutputFormat/pageUnit`` (padding pages of a
    /// booklet included); 0 for a format without pages.
    public var pageCount: Int
    /// For an imposed booklet, the sheets to print on both sides and their paper; nil otherwise.
    public var sheets: (count: Int, paper: String)?
    /// For audio, how long it plays in seconds and its chapters; nil otherwise.
    public var recording: (seconds: Double, chapters: Int)?
}

/// Builds handouts: content, fonts and layouts are loaded once; each build composes,
/// typesets and renders one PDF in memory.
///
/// Not thread-safe (it caches layouts, composed sections, shaped words, set paragraphs and open fonts): give each task its own builder,
/// made with ``HandoutResources`` shared between them.
public final class HandoutBuilder {
    public let resources: HandoutResources
    private let composer: HandoutComposer
    private let typesetter: Typesetter
    private let renderer = PDFRenderer()
    private let imposedRenderer = ImposedPDFRenderer()
    private let previewRenderer = PNGRenderer()
    /// Layouts read so far, by the name or path asked for: each file is parsed once per builder.
    private var layouts: [String: Layout] = [:]

    /// CPU time spent so far in the PDF/UA and PDF/A post-step of reading copies (for benchmarks).
    public var postStepTime: Duration { renderer.postStepTime }

    /// The resolutions PNG previews can be made at, in dots per inch.
    public static let previewResolutions = PNGRenderer.resolutions

    public init(resources: HandoutResources) {
        self.resources = resources
        composer = HandoutComposer(glossary: resources.content.glossary, strings: resources.content.strings)
        typesetter = Typesetter(fontSet: resources.fonts, hyphenation: resources.hyphenation)
    }

    /// Typesets `request` into pages, with the layout they were set in.
    public func typeset(_ request: HandoutRequest) throws -> TypesetHandout {
        do {
            let (handout, layout) = try compose(request)
            let strings = resources.content.strings
            // The document is in its topics' language if they share one, else the content folder's.
            let languages = Set(handout.sections.map(\.language))
            let info = DocumentInfo(
                title: handout.title, subject: "\(strings.title): " + handout.sections.map(\.title).joined(separator: "; "),
                creator: "handout \(HandoutResources.version)", date: request.date.description,
                language: (languages.count == 1 ? languages.first! : strings.language).value)
            return TypesetHandout(document: typesetter.typeset(handout, layout: layout, info: info), layout: layout)
        } catch {
            throw HandoutError(error)
        }
    }

    /// The composed, personalised handout `request` asks for, and its layout: where every format starts.
    public func compose(_ request: HandoutRequest) throws -> (handout: Handout, layout: Layout) {
        do {
            let topics = try resources.topics(for: request)
            try GlyphCoverage(fonts: resources.fonts).check(request.details, title: request.title)
            let layout = try request.adjusting(try layout(request.layout))
            let title = try resources.title(for: request, topics: topics)
            var handout = try composer.compose(
                title: title, topics: topics, details: request.details,
                cover: request.includesCover ? resources.content.cover : nil, date: request.date)
            handout.questionsPage = request.includesQuestionsPage
            handout.organisation = resources.content.organisation
            if layout.branding.aboutPage {
                var digest = SHA256Digest()
                for topic in topics { digest.updateField(topic.id) }
                handout.about = AboutLeaflet(
                    topics: topics, organisation: resources.content.organisation, printed: request.date, topicsDigest: digest.hex(),
                    strings: resources.content.strings)
            }
            return (handout, layout)
        } catch {
            throw HandoutError(error)
        }
    }

    private func layout(_ nameOrPath: String) throws -> Layout {
        if let known = layouts[nameOrPath] { return known }
        let layout = try resources.layout(nameOrPath)
        layouts[nameOrPath] = layout
        return layout
    }

    /// Typesets `request` into pages.
    public func pages(for request: HandoutRequest) throws -> PagedDocument {
        try typeset(request).document
    }

    /// The PDF for `request`, whatever format it names.
    public func pdf(for request: HandoutRequest) throws -> Data {
        try render(typeset(request)).data
    }

    /// The file for `request` in its format. For PDF, a booklet layout gives imposed sheets and
    /// any other layout plain pages.
    public func build(_ request: HandoutRequest) throws -> BuiltHandout {
        switch request.format {
        case .pdf: try render(typeset(request))
        case .mp3: try recording(request)
        case .brf: try braille(compose(request))
        case .html: try html(compose(request))
        }
    }

    /// The PDF of typeset pages: imposed sheets when the layout is an imposed booklet, else page by page.
    public func render(_ typeset: TypesetHandout) throws -> BuiltHandout {
        let (document, layout) = (typeset.document, typeset.layout)
        do {
            guard let booklet = layout.booklet, layout.isImposed else {
                return BuiltHandout(format: .pdf, data: try pdf(of: document), pageCount: document.pages.count)
            }
            let imposition = BookletImposition(booklet, pages: layout.page)
            return BuiltHandout(
                format: .pdf, data: try imposedRenderer.render(document, imposition: imposition), pageCount: document.pages.count,
                sheets: (SaddleStitch(pages: document.pages.count).sheetCount, booklet.sheet))
        } catch {
            throw HandoutError(error)
        }
    }

    private func braille(_ composed: (handout: Handout, layout: Layout)) throws -> BuiltHandout {
        do {
            let document = try BrailleWriter().document(for: composed.handout, layout: composed.layout)
            return BuiltHandout(format: .brf, data: document.brf, pageCount: document.pages.count)
        } catch let error as BrailleError {
            throw HandoutError(error, content: resources.content)
        } catch {
            throw HandoutError(error)
        }
    }

    private func html(_ composed: (handout: Handout, layout: Layout)) -> BuiltHandout {
        BuiltHandout(format: .html, data: HTMLWriter().html(for: composed.handout, layout: composed.layout), pageCount: 0)
    }

    /// The PDF of pages already typeset, page by page (not imposed).
    public func pdf(of document: PagedDocument) throws -> Data {
        do { return try renderer.render(document) } catch { throw HandoutError(error) }
    }

    /// One PNG image per page, at `dpi` dots per inch (see ``previewResolutions``).
    public func previews(for document: PagedDocument, dpi: Double) throws -> [Data] {
        do { return try previewRenderer.render(document, dpi: dpi) } catch { throw HandoutError(error) }
    }
}

import Document
import HandoutTestSupport
import PageModel
import Testing
@testable import Typesetting

@Suite struct NavigationFlowTests {
    let typesetter: Typesetter
    let shaper: Shaper
    let library: ContentLibrary
    let layout: Layout

    init() throws {
        let fonts = try FontSet(directory: Repository.fonts)
        typesetter = Typesetter(fontSet: fonts, hyphenation: try Hyphenation())
        shaper = Shaper(fontSet: fonts)
        library = try ContentLibrary.load(from: Repository.content)
        layout = try LayoutLoader.load(Repository.layouts.appendingPathComponent("standard.yaml"), name: "standard")
    }

    func document(_ collection: String) throws -> PagedDocument {
        let topics = try library.topics(library.collection(collection)?.topicIDs ?? [])
        let handout = try Handout.compose(title: collection, topics: topics, glossary: library.glossary, details: .none)
        return typesetter.typeset(handout, layout: layout, info: DocumentInfo(title: collection, subject: "", creator: "", date: "2026-01-01"))
    }

    /// The page (from 1) of every anchor.
    func anchorPages(_ document: PagedDocument) -> [String: Int] {
        var pages: [String: Int] = [:]
        for (index, page) in document.pages.enumerated() {
            for case let .anchor(name, _) in page.items { pages[name] = index + 1 }
        }
        return pages
    }

    @Test func everyCollectionsContentsNumbersAreWhereTheirLinksLand() throws {
        for collection in library.collections.map(\.id) {
            let document = try document(collection)
            let anchors = anchorPages(document)
            // Contents entries are links whose last text is the page number.
            var entries = 0
            var link: String?
            var number = ""
            for item in document.pages.prefix(2).flatMap(\.items) {
                switch item {
                case let .begin(.link(.destination(name), _)): link = name
                case let .text(run) where link != nil: number = run.text.trimmingCharacters(in: .whitespaces)
                case .end where link != nil:
                    if let link, let printed = Int(number) {
                        #expect(anchors[link] == printed, "\(collection): \(link) printed \(printed)")
                        entries += 1
                    }
                    link = nil
                default: continue
                }
            }
            let topLevel = document.outline.filter { $0.level == 1 }
            if topLevel.first?.title == "Contents" {
                #expect(entries == topLevel.count - 1, "\(collection): one entry per section and the glossary")
            } else {
                #expect(entries == 0)
            }
        }
    }

    @Test func bookmarksGoToAnchorsThatExist() throws {
        let document = try document("full-booklet")
        let anchors = anchorPages(document)
        #expect(document.outline.count > 40)
        #expect(document.outline.allSatisfy { anchors[$0.destination] != nil })
        #expect(Set(document.outline.map(\.destination)).count == document.outline.count, "anchors are unique")
        #expect(document.outline.allSatisfy { (1...3).contains($0.level) })
    }

    @Test func furnitureIsAnArtifactAndEveryPageIsLabelled() throws {
        let document = try document("symptom-control")
        for (index, page) in document.pages.enumerated() {
            #expect(page.label == String(index + 1))
            if index > 0 { #expect(page.items.contains(.begin(.artifact(.header)))) }
            let artifact = try #require(page.items.firstIndex(of: .begin(.artifact(.footer))))
            let furniture = page.items[artifact...].compactMap { item -> String? in
                guard case let .text(run) = item else { return nil }
                return run.text
            }
            #expect(furniture.last == "Page \(index + 1) of \(document.pages.count)")
        }
    }

    @Test func pageReferencesReadAsSentences() {
        func sentence(_ pages: [Int]) -> String { PageList.sentence(pages).replacingOccurrences(of: "\u{A0}", with: " ") }
        #expect(sentence([]) == "")
        #expect(sentence([4]) == "See page 4.")
        #expect(sentence([3, 7]) == "See pages 3 and 7.")
        #expect(sentence([3, 4]) == "See pages 3 and 4.")
        #expect(sentence([2, 5, 6, 7, 12]) == "See pages 2, 5–7 and 12.")
        #expect(sentence([5, 6, 7]) == "See pages 5–7.")
        #expect(PageList.sentence([1, 9]) == "See pages\u{A0}1 and\u{A0}9.", "no line break before a number")
    }

    @Test func noBreakSpacesKeepWordsTogether() {
        let style = TextStyle(size: 12, color: .black, linkColor: .black, lineHeight: 1.4)
        let words = WordCollector(shaper: shaper).words([TextSpan("See page\u{A0}11 now")], style: style)
        #expect(words.map(\.text) == ["See", "page 11", "now"], "one word, drawn with a plain space")
        #expect(shaper.shape("\u{A0}", font: 0).glyphs.allSatisfy { $0.id != 0 }, "a no-break space has a glyph of its own")
    }

    @Test func aLineThatStartsAPageStartsOne() {
        var lines = (0..<6).map { _ in FlowLine(height: 10, spaceBefore: 0, items: []) }
        lines[2].startsPage = true
        #expect(Paginator(contentHeight: 100).pages(lines).map(\.count) == [2, 4])
    }

    @Test func linkedWordsAreWrappedInALinkOverTheirArea() {
        let style = TextStyle(size: 12, color: .black, linkColor: .white, lineHeight: 1.4)
        let words = WordCollector(shaper: shaper).words(
            [TextSpan("See "), TextSpan("TACE", link: "#glossary-tace"), TextSpan(" and "), TextSpan("this", link: "https://e.org")],
            style: style)
        let items = LineAssembler(shaper: shaper).items(words, x: 10, baseline: 12, lineHeight: 17)
        let shape = items.map { item -> String in
            switch item {
            case let .text(run): run.text
            case let .begin(.link(.destination(name), _)): "<\(name)>"
            case let .begin(.link(.url(url), _)): "<\(url)>"
            case .end: "</>"
            default: "?"
            }
        }
        #expect(shape == ["See ", "<glossary-tace>", "TACE", "</>", " and ", "<https://e.org>", "this (e.org)", "</>"])
        guard case let .begin(.link(_, area)) = items[1], case let .text(run) = items[2] else { return }
        #expect(area.minX == run.origin.x && area.size.width == run.width && area.size.height == 17)
        guard case let .text(plain) = items[0] else { return }
        #expect(plain.color == .black, "links to the glossary look like the text around them")
        guard case let .text(web) = items[6] else { return }
        #expect(web.color == .white, "web links take the link colour")
    }
}

import Document
import Foundation
import HandoutTestSupport
import PageModel
import Testing
@testable import HandoutKit

/// Hyphenation and justification as a reader of the PDF sees them.
@Suite struct LineBreakingEndToEndTests {
    let builder: HandoutBuilder
    let date = CalendarDay("2026-11-23")!

    init() throws {
        builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root))
    }

    /// Words with whitespace normalised and hyphens dropped: pdftotext joins a word split at the
    /// end of a line and drops the hyphen, whether a hyphenation point or the word's own.
    func comparable(_ text: String) -> String {
        text.replacingOccurrences(of: "-", with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func hyphenatedWordsReadBackWhole() throws {
        let request = HandoutRequest(collectionID: "full-booklet", date: date)
        let url = try PDFTools.save(try builder.pdf(for: request))
        let printed = try PDFTools.text(url, layout: true).split(separator: "\n")
        let hyphenated = printed.filter { $0.count > 2 && $0.hasSuffix("-") && $0.dropLast().last?.isLetter == true }
        #expect(!hyphenated.isEmpty, "the booklet has hyphenated lines")
        // Body text only: a paragraph may run over a page break, past a footer and a running header.
        let title = try builder.resources.title(for: request, topics: builder.resources.topics(for: request))
        let body = try PDFTools.text(url).replacingOccurrences(of: "\u{0C}", with: "").split(separator: "\n").filter { line in
            line != title && !(line.hasPrefix("Page ") && line.contains(" of "))
        }
        let text = comparable(body.joined(separator: "\n"))
        for topic in try builder.resources.topics(for: request) {
            for case let .paragraph(spans) in try topic.blocks(for: .none) {
                let paragraph = comparable(spans.map(\.text).joined())
                #expect(text.contains(paragraph), "missing: \(paragraph.prefix(60))")
            }
        }
    }

    @Test func aJustifiedLayoutWithoutHyphenationFillsItsLines() throws {
        let standard = try String(contentsOf: Repository.layouts.appendingPathComponent("standard.yaml"), encoding: .utf8)
        let folder = try Repository.temporaryFolder()
        let layoutFile = folder.appendingPathComponent("justified.yaml")
        try standard.replacingOccurrences(of: "hyphenate: true", with: "hyphenate: false")
            .replacingOccurrences(of: "justify: false", with: "justify: true")
            .write(to: layoutFile, atomically: true, encoding: .utf8)
        let request = HandoutRequest(collectionID: "treatment-options", layout: layoutFile.path, date: date)
        let document = try builder.pages(for: request)
        let layout = try builder.resources.layout(layoutFile.path)
        let rightMargin = layout.page.width - layout.page.marginRight
        var bodyLines = 0
        var fullLines = 0
        for page in document.pages {
            var lineEnds: [Double: Double] = [:]
            for case let .text(run) in page.items where run.size == layout.text.bodySize {
                lineEnds[run.origin.y] = max(lineEnds[run.origin.y] ?? 0, run.origin.x + run.width)
            }
            bodyLines += lineEnds.count
            fullLines += lineEnds.values.filter { abs($0 - rightMargin) < 1e-6 }.count
            #expect(lineEnds.values.allSatisfy { $0 <= rightMargin + 1e-6 })
        }
        #expect(fullLines * 3 > bodyLines, "most body lines reach the right margin: \(fullLines) of \(bodyLines)")
        let url = try PDFTools.save(try builder.pdf(of: document))
        let printed = try PDFTools.text(url, layout: true).split(separator: "\n")
        #expect(!printed.contains { $0.hasSuffix("-") && $0.dropLast().last?.isLetter == true }, "no hyphenation")
    }
}

import Document
import Foundation
import HandoutTestSupport
import PageModel
import Testing
@testable import HandoutKit

/// A content folder in Arabic: what is laid out from the left in English is laid out from the right.
@Suite struct RightToLeftLayoutTests {
    let date = CalendarDay("2026-11-23")!

    /// An Arabic content folder: strings, a cover with the date, and three topics with a callout.
    private func builder() throws -> HandoutBuilder {
        let fixture = try ContentFixture()
        try fixture.write(try StringsFixture.text("ar"), to: "strings.yaml")
        try fixture.write("**أعدت من أجل:** {{patient.name}}\n\n**التاريخ:** {{date}}\n", to: "cover.md")
        try fixture.glossary("- term: CT\n  definition: A scan.\n")
        for number in 1...3 {
            try fixture.topic(
                "t\(number)", title: "الموضوع رقم \(number) عن الألم", order: number, lang: "ar",
                body: "اتصل بالممرضة إذا شعرت بألم شديد أو ارتفعت حرارتك.\n\n> اتصل بالطوارئ فوراً إذا شعرت بألم في الصدر.\n")
        }
        return HandoutBuilder(resources: try HandoutResources(root: Repository.root, contentDirectory: fixture.folder))
    }

    /// The standard layout with its contents always shown.
    private func layoutWithContents() throws -> String {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("Layouts/standard.yaml"), encoding: .utf8)
        let url = try Repository.temporaryFolder().appendingPathComponent("contents.yaml")
        try text.replacingOccurrences(of: "contents: auto", with: "contents: always").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    private func request() throws -> HandoutRequest {
        HandoutRequest(
            topicIDs: ["t1", "t2", "t3"], layout: try layoutWithContents(),
            details: try PersonalDetails(["patient.name": "سام"], source: "test"), date: date)
    }

    @Test func theCalloutBarIsOnTheRight() throws {
        let builder = try builder()
        let typeset = try builder.typeset(try request())
        let page = typeset.layout.page
        let accent = try #require(Color(hex: typeset.layout.colours.accent))
        let bars = typeset.document.pages.flatMap(\.items).compactMap { item -> Rect? in
            if case let .box(rect, fill) = item, fill == accent, rect.size.width < 10 { rect } else { nil }
        }
        #expect(bars.count == 3)
        #expect(bars.allSatisfy { abs($0.maxX - (page.width - page.marginRight)) < 0.01 }, "\(bars)")
    }

    @Test func theContentsPutNumbersOnTheLeftAndLeadersBetween() throws {
        let builder = try builder()
        let typeset = try builder.typeset(try request())
        let page = typeset.layout.page
        let contents = typeset.document.pages[0].items
        // Each entry: a link whose text is its title (starting at the right margin) and its page
        // number (starting at the left margin); the dots after it, outside the link, lie between.
        var entries = 0
        var index = 0
        while index < contents.count {
            guard case .begin(.link) = contents[index] else { index += 1; continue }
            let end = try #require(contents[index...].firstIndex(of: .end))
            let runs = contents[index..<end].compactMap { item -> GlyphRun? in if case let .text(run) = item { run } else { nil } }
            let number = try #require(runs.last)
            let title = runs.dropLast()
            #expect(Int(number.text.trimmingCharacters(in: .whitespaces)) != nil)
            // The number's digit (after the invisible space that keeps it apart from the title in text).
            #expect(abs((number.glyphs.last.map { number.origin.x + $0.x } ?? 0) - page.marginLeft) < 0.5)
            #expect(number.origin.x + number.width < page.marginLeft + 20, "the number is on the left")
            let titleLeft = title.map(\.origin.x).min() ?? 0
            #expect(abs((title.map { $0.origin.x + $0.width }.max() ?? 0) - (page.width - page.marginRight)) < 0.5, "the title starts on the right")
            let dots = contents[(end + 1)...].prefix { if case .box = $0 { true } else { false } }.compactMap { item -> Rect? in
                if case let .box(rect, _) = item { rect } else { nil }
            }
            #expect(dots.count > 10)
            #expect(dots.allSatisfy { $0.minX > number.origin.x + number.width && $0.maxX < titleLeft })
            entries += 1
            index = end
        }
        #expect(entries == 4, "three topics and the About page")
    }

    @Test func theRunningHeaderStartsOnTheRightAndTheCoverDateIsInArabic() throws {
        let builder = try builder()
        let url = try PDFTools.save(try builder.pdf(for: try request()))
        let text = try PDFTools.text(url)
        #expect(text.contains("نوفمبر"), "the month in Arabic")
        #expect(!text.contains("November"))
        let typeset = try builder.typeset(try request())
        let page = typeset.layout.page
        let header = typeset.document.pages[1].items.compactMap { item -> GlyphRun? in
            if case let .text(run) = item, run.origin.y < page.marginTop { run } else { nil }
        }
        #expect(!header.isEmpty)
        #expect(abs((header.map { $0.origin.x + $0.width }.max() ?? 0) - (page.width - page.marginRight)) < 0.5)
        #expect((header.map(\.origin.x).min() ?? 0) > page.marginLeft + 50, "ragged on the left")
    }

    /// After Arabic letters, digits are Arabic numbers in UAX #9, and the hyphens of 2026-11-01
    /// split it into three runs read right to left: it would print as 01-11-2026. The About
    /// page's version is a date like the others, written out in the folder's language.
    @Test func theAboutPageWritesNoDateInDigitsAndHyphens() throws {
        let text = try PDFTools.text(try PDFTools.save(try builder().pdf(for: try request())))
        #expect(text.contains("نوفمبر"))
        for shape in [#"[0-9]{4}-[0-9]{2}-[0-9]{2}"#, #"[0-9]{2}-[0-9]{2}-[0-9]{4}"#] {
            #expect(text.range(of: shape, options: .regularExpression) == nil, "\(shape)")
        }
    }
}

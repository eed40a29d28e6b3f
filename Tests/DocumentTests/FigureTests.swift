import FigureFiles
import Foundation
import HandoutTestSupport
import Testing
@testable import Document

/// Markdown images become measured figures; what cannot be printed properly is refused by line.
@Suite struct FigureTests {
    func load(_ body: String, prepare: (ContentFixture) throws -> Void = { _ in }) throws -> ContentLoadReport {
        let fixture = try ContentFixture()
        try fixture.glossary("[]\n")
        try prepare(fixture)
        try fixture.topic("pictures", body: body)
        return try ContentLibrary.loadReportingProblems(from: fixture.folder)
    }

    @Test func anImageAloneInItsParagraphIsAMeasuredFigure() throws {
        let report = try load("Intro.\n\n![A black box](figures/box.svg \"The box\")\n") {
            try $0.blackSVG("box.svg", width: 200, height: 100)
        }
        #expect(report.problems == [])
        let blocks = try report.library.topics[0].blocks(for: .none)
        guard case let .figure(figure) = blocks.last else { Issue.record("no figure in \(blocks)"); return }
        #expect(figure.alt == "A black box")
        #expect(figure.caption == "The box")
        #expect(figure.line == 14)
        #expect(figure.measurement.format == .svg)
        // 200 x 100 CSS pixels are 150 x 75 points.
        #expect(figure.measurement.width == 150 && figure.measurement.height == 75)
    }

    @Test func missingAltTextIsAnErrorNamingTheFileAndLine() throws {
        let report = try load("Intro.\n\n![](figures/box.svg \"The box\")\n") { try $0.blackSVG("box.svg", width: 20, height: 10) }
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.file == "topics/pictures.md")
        #expect(report.problems.first?.line == 14)
        #expect(report.problems.first?.message.contains("no alt text") == true)
    }

    @Test func aDecorativeImageNeedsNoAltTextAndHasNoCaption() throws {
        let report = try load("![](figures/box.svg \"decorative\")\n") { try $0.blackSVG("box.svg", width: 20, height: 10) }
        #expect(report.problems == [])
        guard case let .figure(figure) = try report.library.topics[0].blocks(for: .none).first else {
            Issue.record("no figure"); return
        }
        #expect(figure.isDecorative && figure.alt.isEmpty && figure.caption.isEmpty)
    }

    @Test(arguments: [
        ("figures/none.svg", "does not exist"), ("figures/box.gif", "unknown image format"),
        ("/etc/box.svg", "relative to the content folder"), ("../box.svg", "relative to the content folder"),
    ])
    func unusableFilesAreErrorsNamingTheLine(path: String, message: String) throws {
        let report = try load("Text.\n\n![A box](\(path))\n") { try $0.write("GIF89a", to: "box.gif") }
        #expect(report.problems.map(\.line) == [14])
        #expect(report.problems.first?.message.contains(message) == true, "\(report.problems)")
    }

    @Test func anImageInsideTextIsAnError() throws {
        let report = try load("See ![a box](figures/box.svg) here.\n") { try $0.blackSVG("box.svg", width: 20, height: 10) }
        #expect(report.problems.first?.message.contains("paragraph of its own") == true)
    }

    @Test func rastersAreSizedByTheResolutionTheyState() throws {
        let folder = Repository.root.appendingPathComponent("Tests/Fixtures/figures")
        let png = try FigureMeasurer.measure(folder.appendingPathComponent("low-resolution.png").path)
        #expect(png.format == .png && png.pixelWidth == 496 && png.pixelHeight == 300)
        #expect(abs(png.width - 496) < 0.2, "496 px at 72 dpi (2834 px a metre) are about 496 pt")
        #expect(abs(png.widestPrintWidth! - 496 * 72 / 150) < 0.01)
        let jpeg = try FigureMeasurer.measure(folder.appendingPathComponent("photo-300dpi.jpg").path)
        #expect(jpeg.format == .jpeg && jpeg.pixelWidth == 900)
        #expect(abs(jpeg.width - 216) < 0.01, "900 px at 300 dpi are 3 inches")
    }

    @Test func checkWarnsAboutRastersBelow150DPIAtTheirSize() throws {
        let fixture = try ContentFixture()
        try fixture.glossary("[]\n")
        try fixture.copyFigure("low-resolution.png")
        try fixture.copyFigure("photo-300dpi.jpg")
        try fixture.topic(
            "pictures", body: "Text.\n\n![A scan](figures/low-resolution.png)\n\n![A photo](figures/photo-300dpi.jpg)\n")
        let findings = try ContentChecker(today: CalendarDay("2026-11-23")!).check(fixture.folder).findings
            .filter { $0.key?.hasPrefix("figures/") == true }
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.line == 14 && findings.first?.key == "figures/low-resolution.png")
        #expect(findings.first?.message.contains("72 dpi") == true, "\(findings)")
    }
}

/// Every figure problem in a topic is reported, each with its line, so `handout check` lists them all.
@Suite struct FigureProblemListTests {
    @Test func everyBadImageInATopicIsListedWithItsLine() throws {
        let fixture = try ContentFixture()
        try fixture.glossary("[]\n")
        try fixture.topic("pictures", body: "Intro.\n\n![](figures/a.svg)\n\n![A thing](figures/missing.png \"x\")\n\n![A doc](figures/file.gif)\n")
        let problems = try ContentLibrary.loadReportingProblems(from: fixture.folder).problems
        #expect(problems.map(\.line) == [14, 16, 18])
        #expect(problems.allSatisfy { $0.file == "topics/pictures.md" })
        #expect(problems[0].message.contains("no alt text"))
        #expect(problems[1].message.contains("does not exist"))
        #expect(problems[2].message.contains("unknown image format"))
    }
}

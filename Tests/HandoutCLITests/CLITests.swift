import Foundation
import HandoutTestSupport
import Testing

/// Runs the built `handout` binary as a user would.
@Suite struct CLITests {
    let binary: String

    init() throws {
        binary = try #require(HandoutBinary.path)
    }

    func handout(_ arguments: String..., in folder: URL = Repository.root) throws -> ToolResult {
        try CommandLineTool.run(binary, arguments, in: folder)
    }

    @Test func topicsListsTopicsAndCollections() throws {
        let result = try handout("topics")
        #expect(result.status == 0)
        #expect(result.output.contains("tace") && result.output.contains("full-booklet"))
    }

    @Test func buildWritesAPDFFromAnyFolderWithHANDOUT_HOME() throws {
        let folder = try Repository.temporaryFolder()
        let result = try CommandLineTool.run(
            binary, ["build", "sirt", "--date", "2026-11-23", "-o", "sirt.pdf"], in: folder,
            environment: ["HANDOUT_HOME": Repository.root.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "Wrote sirt.pdf: \(try PDFTools.info(folder.appendingPathComponent("sirt.pdf"))["Pages"]!) pages\n")
        #expect(try PDFTools.text(folder.appendingPathComponent("sirt.pdf")).contains("microspheres"))
    }

    @Test func anUnknownTopicFailsWithoutLeavingAFile() throws {
        let folder = try Repository.temporaryFolder()
        let output = folder.appendingPathComponent("out.pdf").path
        let result = try handout("build", "tace", "unicorns", "-o", output)
        #expect(result.status == 1)
        #expect(result.errors.contains("topics: item 2 is not a topic id"))
        #expect(!result.errors.contains("unicorns"), "the id typed is not repeated")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aBadLayoutFileNamesTheKey() throws {
        let folder = try Repository.temporaryFolder()
        let layout = folder.appendingPathComponent("mine.yaml")
        let standard = try String(contentsOf: Repository.layouts.appendingPathComponent("standard.yaml"), encoding: .utf8)
        try standard.replacingOccurrences(of: "size: A4", with: "size: B5").write(to: layout, atomically: true, encoding: .utf8)
        let result = try handout("build", "tace", "--layout", layout.path, "-o", folder.appendingPathComponent("x.pdf").path)
        #expect(result.status == 1)
        #expect(result.errors.contains("'page.size': 'B5' is not allowed; use one of A4, A5, Letter"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.pdf").path))
    }

    @Test func missingArgumentsExplainThemselves() throws {
        let result = try handout("build", "-o", "/tmp/x.pdf")
        #expect(result.status != 0)
        #expect(result.errors.contains("no topics and no collection: give topics or --collection"))
    }

    @Test func pngPreviewsArePagesAtTheResolutionAndReplaceOldOnes() throws {
        let folder = try Repository.temporaryFolder()
        let previews = folder.appendingPathComponent("previews")
        try FileManager.default.createDirectory(at: previews, withIntermediateDirectories: true)
        for name in ["page-09.png", "notes.txt"] {
            try Data("old".utf8).write(to: previews.appendingPathComponent(name))
        }
        let pdf = folder.appendingPathComponent("out.pdf").path
        let result = try handout("build", "symptoms", "--date", "2026-11-23", "-o", pdf, "--png", previews.path, "--dpi", "36")
        #expect(result.status == 0, "\(result.errors)")
        let pages = Int(try PDFTools.info(URL(fileURLWithPath: pdf))["Pages"] ?? "") ?? 0
        let names = try FileManager.default.contentsOfDirectory(atPath: previews.path).sorted()
        #expect(names == ["notes.txt"] + (1...pages).map { String(format: "page-%02d.png", $0) }, "stale previews go, other files stay")
        for name in names where name.hasSuffix(".png") {
            // A4 at 36 dpi: 595.3 x 841.9 points is 297.6 x 420.9 pixels.
            #expect(PNGHeader(try Data(contentsOf: previews.appendingPathComponent(name))) == PNGHeader(width: 298, height: 421))
        }
        #expect(result.output.contains("Wrote \(pages) previews to \(previews.path) at 36 dpi"))
    }

    @Test func previewsAloneNeedNoPDFButSomeOutputIsNeeded() throws {
        let folder = try Repository.temporaryFolder()
        let result = try handout("build", "tace", "--png", folder.path)
        #expect(result.status == 0, "\(result.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).contains("page-01.png"))
        let nothing = try handout("build", "tace")
        #expect(nothing.status != 0 && nothing.errors.contains("say where to write"))
    }

    @Test func anOutOfRangeResolutionIsRefused() throws {
        let folder = try Repository.temporaryFolder()
        let result = try handout("build", "tace", "--png", folder.path, "--dpi", "5000")
        #expect(result.status != 0)
        #expect(result.errors.contains("--dpi must be a number from 36 to 600"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func theOutputMustEndWithTheFormatsExtension() throws {
        let folder = try Repository.temporaryFolder()
        let wrong = try handout("build", "tace", "-o", folder.appendingPathComponent("tace.txt").path)
        #expect(wrong.status != 0)
        #expect(wrong.errors.contains("-o must be a file name ending .pdf for format pdf"))
        let unknown = try handout("build", "tace", "--format", "docx", "-o", folder.appendingPathComponent("tace.docx").path)
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("--format must be one of pdf, mp3, brf, html") && !unknown.errors.contains("docx"), "names the choices, not the value")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let pdf = try handout("build", "tace", "--format", "pdf", "--date", "2026-11-23", "-o", folder.appendingPathComponent("tace.PDF").path)
        #expect(pdf.status == 0, "\(pdf.errors)")
    }
}

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
        #expect(result.errors.contains("unknown topic 'unicorns'"))
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
        #expect(result.errors.contains("name at least one topic or a --collection"))
    }
}

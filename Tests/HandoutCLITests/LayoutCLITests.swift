import Foundation
import HandoutTestSupport
import Testing

/// `handout layouts` and the layout options of `handout build`, run as a user would.
@Suite struct LayoutCLITests {
    let binary: String

    init() throws {
        binary = try #require(HandoutBinary.path)
    }

    func handout(_ arguments: String...) throws -> ToolResult {
        try CommandLineTool.run(binary, arguments, in: Repository.root)
    }

    @Test func layoutsListsEveryLayoutWithItsDescription() throws {
        let result = try handout("layouts")
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Layouts (use --layout NAME") == true)
        let names = lines.dropFirst().compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names == ["booklet", "large-print", "letter", "standard"])
        #expect(result.output.contains("large-print  A4 large print, 18 pt"))
        #expect(result.output.contains("standard     A4 handout in 12.5 pt"))
    }

    @Test func bodySizeOutOfRangeIsRefusedBeforeAnythingIsWritten() throws {
        let folder = try Repository.temporaryFolder()
        for size in ["40", "11", "1e19", "nan"] {
            let result = try handout("build", "tace", "--layout", "large-print", "--body-size", size, "-o", folder.appendingPathComponent("x.pdf").path)
            #expect(result.status != 0)
            #expect(result.errors.contains("--body-size must be a number of points from 12 to 36"), "\(size): \(result.errors)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aBookletBuildSaysHowToPrintIt() throws {
        let folder = try Repository.temporaryFolder()
        let output = folder.appendingPathComponent("b.pdf").path
        let imposed = try handout("build", "tace", "sirt", "--layout", "booklet", "--date", "2026-11-23", "-o", output)
        #expect(imposed.status == 0, "\(imposed.errors)")
        #expect(imposed.output.contains(" A4 sheets; print on both sides, flipping on the short edge, then fold and staple"))
        let reading = try handout("build", "tace", "sirt", "--layout", "booklet", "--imposition", "none", "-o", output)
        #expect(reading.status == 0 && reading.output.hasSuffix(" pages\n") && !reading.output.contains("sheets"))
        let wrong = try handout("build", "tace", "--imposition", "stapled", "-o", output)
        #expect(wrong.status != 0 && wrong.errors.contains("saddle-stitch"))
        let noBooklet = try handout("build", "tace", "--imposition", "saddle-stitch", "-o", output)
        #expect(noBooklet.status == 1 && noBooklet.errors.contains("layout 'standard' has no booklet: section"))
    }
}

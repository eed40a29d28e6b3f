import Foundation
import HandoutTestSupport
import Testing

/// `handout batch` on manifests a clinic really sends: rows it cannot read are reported by their
/// line and skipped, every other row is built, the summary is printed and the exit status is 1.
@Suite struct BadManifestRowsCLITests {
    let binary: String

    init() throws {
        binary = try #require(HandoutBinary.path)
    }

    /// Runs `handout batch` on `manifest` (written as `name`) into `out` in a new folder.
    func batch(_ manifest: Data, named name: String) throws -> (result: ToolResult, folder: URL) {
        let folder = try Repository.temporaryFolder()
        try manifest.write(to: folder.appendingPathComponent(name))
        let result = try CommandLineTool.run(binary, ["batch", name, "--out-dir", "out"], in: folder)
        return (result, folder)
    }

    func built(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).filter { $0.hasSuffix(".pdf") }.sorted()
    }

    /// Runs a five-row manifest whose rows `lines` cannot be read and whose others (a.pdf, e.pdf)
    /// can: the bad rows are reported by line, never by a value, and the good ones built.
    func expectRowsSkipped(_ lines: ClosedRange<Int>, byBatchOf manifest: Data, named name: String) throws {
        let (result, folder) = try batch(manifest, named: name)
        #expect(result.status == 1)
        #expect(result.output.contains("2 of 5 leaflets built, 3 failed"), "\(result.output)")
        for line in lines { #expect(result.errors.contains("\(name):\(line): "), "\(result.errors)") }
        #expect(!result.errors.contains("Zelda"))
        #expect(try built(in: folder) == ["a.pdf", "e.pdf"])
    }

    @Test func unreadableCSVRowsAreSkippedAndTheOthersBuilt() throws {
        var bytes = Data("output,topics,patient.name\na.pdf,tace,Ann\nb.pdf,tace\nc.pdf,tace,\"Zelda\"x\nd.pdf,tace,".utf8)
        bytes += Data([0xC3, 0x28]) + Data("\ne.pdf,sirt,Bo\n".utf8)
        try expectRowsSkipped(3...5, byBatchOf: bytes, named: "m.csv")
    }

    @Test func unreadableJSONLinesRowsAreSkippedAndTheOthersBuilt() throws {
        let lines = [
            #"{"output": "a.pdf", "topics": "tace"}"#, "[1]", #"{"output": "c.pdf", "topics": {"id": "tace"}}"#,
            #"{"output": "d.pdf", "topics": "tace", "Zelda Quimby": "x"}"#, #"{"output": "e.pdf", "topics": "sirt"}"#,
        ]
        try expectRowsSkipped(2...4, byBatchOf: Data((lines.joined(separator: "\n") + "\n").utf8), named: "m.jsonl")
    }

    @Test func jsonLinesWithCRLFOrCRLineEndsAreReadLineByLine() throws {
        let rows = [#"{"output": "a.pdf", "topics": "tace"}"#, "[2]", #"{"output": "c.pdf", "topics": "sirt"}"#]
        for ending in ["\r\n", "\r"] {
            let (result, folder) = try batch(Data((rows.joined(separator: ending) + ending).utf8), named: "m.jsonl")
            #expect(result.status == 1 && result.output.contains("2 of 3 leaflets built, 1 failed"), "\(result.output)")
            #expect(result.errors.contains("m.jsonl:2: not a JSON object"), "\(result.errors)")
            #expect(try built(in: folder) == ["a.pdf", "c.pdf"])
        }
    }

    @Test func aCoverGivenAsJSONTrueOrFalseIsTaken() throws {
        let row = #"{"output": "OUT.pdf", "topics": "tace", "cover": COVER, "patient.name": "Ann Example"}"#
        let text = ["yes": "true", "no": "false"].map { row.replacingOccurrences(of: "OUT", with: $0).replacingOccurrences(of: "COVER", with: $1) }
        let (result, folder) = try batch(Data((text.joined(separator: "\n") + "\n").utf8), named: "m.jsonl")
        #expect(result.status == 0, "\(result.errors)")
        let withCover = try PDFTools.pageTexts(folder.appendingPathComponent("out/yes.pdf"))
        let without = try PDFTools.pageTexts(folder.appendingPathComponent("out/no.pdf"))
        #expect(withCover.count == without.count + 1, "one page more: the cover")
        #expect(withCover.first?.contains("Ann Example") == true)
    }
}

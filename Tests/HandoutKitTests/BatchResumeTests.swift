import Document
import Foundation
import HandoutTestSupport
import Testing
@testable import HandoutKit

/// Results manifests, `--resume` after a killed run, shards and batch-report.
@Suite struct BatchResumeTests {
    static let secret = "Zebedee Quartermain"
    let content: URL
    let manifest: URL
    let folder: URL

    init() throws {
        content = try Repository.temporaryFolder().appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Repository.content, to: content)
        manifest = try Repository.temporaryFolder().appendingPathComponent("m.csv")
        folder = try Repository.temporaryFolder()
        try writeManifest(name: Self.secret)
    }

    func writeManifest(name: String, extraRows: String = "") throws {
        let rows = ["tace", "sirt", "ascites", "tace sirt", "jaundice-and-itching", "ablation"].enumerated().map {
            "leaflet-\($0.offset + 1).pdf,\($0.element),\(name)"
        }
        try ("output,topics,patient.name\n" + rows.joined(separator: "\n") + "\n" + extraRows).write(
            to: manifest, atomically: true, encoding: .utf8)
    }

    @discardableResult
    func run(shard: BatchShard? = nil, resume: Bool = false) throws -> (summary: BatchSummary, entries: [ResultsEntry]) {
        let resources = try HandoutResources(root: Repository.root, contentDirectory: content)
        let runner = BatchRunner(resources: resources, outputFolder: folder, jobs: 2, defaultDate: CalendarDay("2026-11-23")!)
        let entries = Entries()
        let summary = try runner.run(try Manifest(manifest, name: "m.csv"), shard: shard, resume: resume, report: { entries.add($0) })
        return (summary, entries.all.sorted { $0.line < $1.line })
    }

    func results(_ name: String = "results.jsonl") throws -> [ResultsEntry] {
        var entries: [ResultsEntry] = []
        try ResultsEntry.forEach(in: folder.appendingPathComponent(name)) { entries.append($0) }
        return entries
    }

    func pdf(_ line: Int) -> URL { folder.appendingPathComponent("leaflet-\(line - 1).pdf") }

    @Test func everyBuiltRowIsRecordedWithTheSHA256PagesAndBytesOfItsPDF() throws {
        let (summary, entries) = try run()
        #expect(summary.built == 6 && summary.failed == 0 && summary.skipped == 0)
        #expect(try results().count == 6 && entries.map(\.line) == Array(2...7))
        for entry in entries {
            let url = folder.appendingPathComponent(entry.output)
            let sha256sum = try CommandLineTool.run("sha256sum", [url.path]).output.prefix(64)
            #expect(entry.status == .built && entry.sha256 == String(sha256sum))
            #expect(entry.pages == Int(try PDFTools.info(url)["Pages"] ?? ""))
            let size = try Data(contentsOf: url).count
            #expect(entry.bytes == size)
            #expect(entry.input?.count == 64 && entry.error == nil)
        }
        #expect(Set(entries.compactMap(\.input)).count == 6, "each row's input hash is its own")
        let raw = try String(contentsOf: folder.appendingPathComponent("results.jsonl"), encoding: .utf8)
        #expect(!raw.contains("Zebedee"))
    }

    @Test func resumeAfterAKillBuildsOnlyWhatIsMissingOrChanged() throws {
        try run()
        // What a SIGKILL (and some bad luck since) leaves: the last line cut short, a temporary
        // file in the shard's partial folder, a PDF deleted, another one changed on disk.
        let resultsFile = folder.appendingPathComponent("results.jsonl")
        var raw = try Data(contentsOf: resultsFile)
        let lastLine = try #require(ResultsEntry(jsonLine: String(decoding: raw, as: UTF8.self).split(separator: "\n").last!))
        raw.removeLast(30)
        try raw.write(to: resultsFile)
        let partial = folder.appendingPathComponent(".handout-partial")
        try FileManager.default.createDirectory(at: partial, withIntermediateDirectories: true)
        try Data("%PDF-half".utf8).write(to: partial.appendingPathComponent(".handout-1234.tmp"))
        let deleted = lastLine.line == 2 ? 3 : 2
        try FileManager.default.removeItem(at: pdf(deleted))
        let changed = lastLine.line == 7 ? 6 : 7
        let handle = try FileHandle(forWritingTo: pdf(changed))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n%tampered\n".utf8))
        try handle.close()

        let (summary, entries) = try run(resume: true)
        #expect(entries.filter { $0.status == .built }.map(\.line) == [lastLine.line, deleted, changed].sorted())
        #expect(summary.built == 3 && summary.skipped == 3 && summary.failed == 0)
        for entry in entries where entry.status == .skipped {
            let data = try Data(contentsOf: pdf(entry.line))
            #expect(entry.sha256 == SHA256Digest.hex(of: data))
            #expect((entry.pages ?? 0) > 0 && entry.bytes == data.count)
        }
        #expect(!FileManager.default.fileExists(atPath: partial.path), "the killed run's temporary file is cleared away")
        #expect(try results().count == 5 + 6, "the cut line is skipped; every new line reads whole")

        let again = try run(resume: true)
        #expect(again.summary.skipped == 6 && again.summary.built == 0)
        let plain = try run()
        #expect(plain.summary.built == 6, "without --resume every row is built, as before")
    }

    @Test func changedContentOrFieldsAreRebuiltOnResume() throws {
        try run()
        try writeManifest(name: "Someone Else", extraRows: "leaflet-7.pdf,tace,Someone Else\n")
        var (summary, _) = try run(resume: true)
        #expect(summary.built == 7 && summary.skipped == 0, "a changed field changes every row's input hash")

        let topic = content.appendingPathComponent("topics/tace.md")
        try (try String(contentsOf: topic, encoding: .utf8) + "\nOne more sentence for the test.\n").write(
            to: topic, atomically: true, encoding: .utf8)
        (summary, _) = try run(resume: true)
        #expect(summary.built == 7 && summary.skipped == 0, "the content's hash is part of every row's input hash")
        (summary, _) = try run(resume: true)
        #expect(summary.built == 0 && summary.skipped == 7)
    }

    @Test func aRefusedManifestLeavesNothingBehind() throws {
        try "output,patient.nhs\na.pdf,1\n".write(to: manifest, atomically: true, encoding: .utf8)
        #expect { try run() } throws: { error in
            (error as? HandoutError)?.message.hasPrefix("m.csv:1: column 2 of the header is not a known column") ?? false
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func shardsAgreeOnDuplicatesAndReportMergesTheirResults() throws {
        try writeManifest(name: Self.secret, extraRows: "leaflet-1.pdf,sirt,\(Self.secret)\nbad.pdf,unicorns,\(Self.secret)\n")
        let first = try run(shard: BatchShard(index: 1, count: 2))
        #expect(first.entries.map(\.line) == [2, 4, 6, 8])
        #expect(first.entries.last?.error == "the same output file as line 2", "row 7 of the manifest, in shard 1, names line 2")
        var report = try BatchReport(manifest: Manifest(manifest, name: "m.csv"), outputFolder: folder)
        #expect(report.rows == 8 && report.built == 3)
        #expect(report.failedLines == [8] && report.missingLines == [3, 5, 7, 9])
        #expect(!report.isComplete)

        let second = try run(shard: BatchShard(index: 2, count: 2))
        #expect(second.entries.map(\.line) == [3, 5, 7, 9])
        #expect(second.entries.last?.error?.contains("'topics': item 1 is not a topic id") == true)
        report = try BatchReport(manifest: Manifest(manifest, name: "m.csv"), outputFolder: folder)
        #expect(report.built == 6 && report.failedLines == [8, 9] && report.missingLines.isEmpty)
        #expect(report.resultsFiles.map(\.lastPathComponent).sorted() == ["results-1-of-2.jsonl", "results-2-of-2.jsonl"])

        try FileManager.default.removeItem(at: pdf(4))
        report = try BatchReport(manifest: Manifest(manifest, name: "m.csv"), outputFolder: folder)
        #expect(report.missingLines == [4], "a built row whose PDF is gone is missing")
        #expect([3, 5, 6, 7, 9, 12, 13, 14, 20].rangesDescription == "3, 5-7, 9, 12-14, 20")
    }
}

import Document
import Foundation
import HandoutTestSupport
import Testing
@testable import HandoutKit

@Suite struct BatchRunnerTests {
    let resources: HandoutResources
    static let secret = "Zebedee Quartermain"

    init() throws {
        resources = try HandoutResources(root: Repository.root)
    }

    /// Runs `csv` (as m.csv) into a new folder; returns the summary, the folder and the failures
    /// as the CLI prints them, in line order.
    func run(_ csv: String, jobs: Int = 2) throws -> (summary: BatchSummary, folder: URL, failures: [String]) {
        let folder = try Repository.temporaryFolder()
        let manifest = try Repository.temporaryFolder().appendingPathComponent("m.csv")
        try csv.write(to: manifest, atomically: true, encoding: .utf8)
        let runner = BatchRunner(resources: resources, outputFolder: folder, jobs: jobs, defaultDate: CalendarDay("2026-11-23")!)
        let entries = Entries()
        let summary = try runner.run(try Manifest(manifest, name: "m.csv"), report: { entries.add($0) })
        let failures = entries.all.filter { $0.status == .failed }.sorted { $0.line < $1.line }.map { "m.csv:\($0.line): \($0.error!)" }
        return (summary, folder, failures)
    }

    @Test func badRowsAreReportedByLineAndTheRestStillBuild() throws {
        let csv = """
            output,topics,collection,patient.name
            one.pdf,tace,,\(Self.secret)
            two.pdf,unicorns,,\(Self.secret)
            three.pdf,,symptom-control,\(Self.secret)
            ../four.pdf,tace,,\(Self.secret)
            one.pdf,sirt,,\(Self.secret)
            five.pdf,,,\(Self.secret)
            """
        let (summary, folder, failures) = try run(csv)
        #expect(summary.built == 2 && summary.failed == 4)
        #expect(failures.map { String($0.prefix(7)) } == ["m.csv:3", "m.csv:5", "m.csv:6", "m.csv:7"])
        #expect(failures[2] == "m.csv:6: the same output file as line 2")
        #expect(failures.allSatisfy { !$0.contains("Zebedee") }, "errors name the row, not the person")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["one.pdf", "results.jsonl", "three.pdf"], "no partial or temporary files")
        let results = try String(contentsOf: folder.appendingPathComponent("results.jsonl"), encoding: .utf8)
        #expect(!results.contains("Zebedee"), "the results manifest holds no personal details")
    }

    @Test func unreadableRowsAreReportedByLineAndEveryOtherRowIsBuilt() throws {
        let csv = "output,topics,patient.name\r\na.pdf,tace,Zelda\r\nb.pdf,tace\r\nc.pdf,tace,\"Zel\"da\"\r\nd.pdf,sirt,Quimby\r\n"
        let (summary, folder, failures) = try run(csv)
        #expect(summary.built == 2 && summary.failed == 2)
        #expect(failures == ["m.csv:3: 2 fields, but the header has 3", "m.csv:4: text after a closing quote; double quotes inside a field as \"\""])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }.sorted() == ["a.pdf", "d.pdf"])
    }

    @Test func valuesInTheWrongColumnAreNeverRepeatedInMessages() throws {
        let csv = "output,topics,layout,patient.name,body-size\nx.pdf,\(Self.secret),\(Self.secret),Ann,\nx2.pdf,tace,\(Self.secret),Ann,\ny.pdf,tace,standard,Ann,1e19\n"
        let (_, _, failures) = try run(csv)
        #expect(failures.count == 3)
        #expect(failures[0].hasPrefix("m.csv:2: 'topics': items 1, 2 are not topic ids"))
        #expect(failures[1].hasPrefix("m.csv:3: 'layout' must be the name of a layout"))
        #expect(failures[2] == "m.csv:4: 'body-size' must be a number of points from 12 to 36")
        #expect(failures.allSatisfy { !$0.contains("Zebedee") && !$0.contains("Quartermain") && !$0.contains("1e19") })
    }

    @Test func canonicallyEquivalentNamesEachGetTheirOwnGlyphs() throws {
        // "é" written precomposed and as e + combining accent are equal Strings but different text:
        // a cache keyed on String would hand one's clusters to the other, and cairo would refuse them.
        let csv = "output,topics,patient.name\na.pdf,tace,\(String(repeating: "\u{E9}", count: 200))\nb.pdf,tace,\(String(repeating: "e\u{301}", count: 10))\n"
        let (summary, folder, failures) = try run(csv, jobs: 1)
        #expect(failures.isEmpty && summary.built == 2, "\(failures)")
        #expect(try PDFTools.text(folder.appendingPathComponent("b.pdf")).contains(String(repeating: "e\u{301}", count: 10)))
    }

    @Test func aStoppedBatchStartsNoMoreRows() throws {
        let folder = try Repository.temporaryFolder()
        let manifest = try Repository.temporaryFolder().appendingPathComponent("m.csv")
        try "output,topics\na.pdf,tace\nb.pdf,tace\nc.pdf,tace\n".write(to: manifest, atomically: true, encoding: .utf8)
        let runner = BatchRunner(resources: resources, outputFolder: folder, jobs: 1, defaultDate: CalendarDay("2026-11-23")!)
        let entries = Entries()
        let summary = try runner.run(try Manifest(manifest, name: "m.csv"), shouldStop: { !entries.all.isEmpty }, report: { entries.add($0) })
        #expect(summary.stopped && summary.built == 1 && summary.failed == 0)
    }

    @Test func personalisedLeafletsCarryTheDetailsInTheTextButNotTheMetadata() throws {
        let (summary, folder, _) = try run("output,topics,patient.name,nurse.name,nurse.phone\nx.pdf,coping-and-support,\(Self.secret),Sam Patel,0113 496 0000\n", jobs: 1)
        #expect(summary.built == 1)
        let url = folder.appendingPathComponent("x.pdf")
        let text = try PDFTools.text(url)
        #expect(text.contains("Prepared for: \(Self.secret)"))
        #expect(text.contains("Sam Patel"))
        let info = try PDFTools.info(url).values.joined(separator: " ")
        #expect(!info.contains("Zebedee") && !info.contains("Sam Patel"))
        let raw = try Data(contentsOf: url)
        #expect(raw.range(of: Data("Zebedee".utf8)) == nil, "not in metadata or any uncompressed string")
        let report = try PDFValidator.report(url, profiles: [.ua1, .a2a])
        #expect(report == nil, "batch output:\n\(report ?? "")")
    }

    @Test func eachRowCanAskForItsOwnLayoutAndSize() throws {
        let csv = "output,topics,layout,body-size\nbig.pdf,symptoms,large-print,24\nsmall.pdf,symptoms,standard,\nbad.pdf,symptoms,standard,40\n"
        let (summary, folder, failures) = try run(csv)
        #expect(summary.built == 2)
        #expect(failures == ["m.csv:4: 'body-size' must be a number of points from 12 to 36"])
        let big = Int(try PDFTools.info(folder.appendingPathComponent("big.pdf"))["Pages"] ?? "") ?? 0
        let small = Int(try PDFTools.info(folder.appendingPathComponent("small.pdf"))["Pages"] ?? "") ?? 0
        #expect(big > small * 2, "24 pt large print reflows onto many more pages (\(big) vs \(small))")
    }

    @Test func manyRowsOnTwoWorkersAllArrive() throws {
        let rows = (1...24).map { "leaflet-\($0).pdf,\($0 % 2 == 0 ? "tace" : "sirt ascites")" }.joined(separator: "\n")
        let (summary, folder, _) = try run("output,topics\n" + rows)
        #expect(summary.built == 24 && summary.failed == 0)
        let sizes = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }.map {
            try Data(contentsOf: folder.appendingPathComponent($0))
        }
        #expect(sizes.count == 24 && sizes.allSatisfy { $0.starts(with: Data("%PDF-".utf8)) })
    }
}

/// Entries reported by the workers of a run, collected under a lock.
final class Entries: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [ResultsEntry] = []

    func add(_ entry: ResultsEntry) { lock.withLock { entries.append(entry) } }

    var all: [ResultsEntry] { lock.withLock { entries } }
}

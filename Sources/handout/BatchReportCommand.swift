import ArgumentParser
import Foundation
import HandoutKit

/// `handout batch-report`: whether every row of a manifest was built, across all its shards.
struct BatchReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch-report", abstract: "Report which rows of a batch are built, failed or missing.",
        discussion: """
            Reads the manifest and every results manifest (results.jsonl, results-K-of-N.jsonl) in the output \
            folder, and prints how many rows are built, failed and missing, with the manifest lines of the \
            failed and missing rows. A row counts as built while its PDF is in the folder. The exit status \
            is 1 when any row failed or is missing, so this can be the last step of a workflow.
            """)

    @Argument(help: "The folder the batch wrote into (its --out-dir).")
    var outDir: String

    @Option(name: .long, help: "The manifest the batch was run on.")
    var manifest: String

    func run() throws {
        let report = try reportingErrors {
            try BatchReport(
                manifest: try Manifest(URL(fileURLWithPath: manifest), name: manifest), outputFolder: URL(fileURLWithPath: outDir))
        }
        print("\(manifest): \(report.rows) rows, \(report.built) built, \(report.failedLines.count) failed, \(report.missingLines.count) missing")
        if !report.failedLines.isEmpty { print("failed lines: \(report.failedLines.rangesDescription)") }
        if !report.missingLines.isEmpty { print("missing lines: \(report.missingLines.rangesDescription)") }
        print("results read: \(report.resultsFiles.map(\.lastPathComponent).joined(separator: ", "))")
        if !report.isComplete { throw ExitCode.failure }
    }
}

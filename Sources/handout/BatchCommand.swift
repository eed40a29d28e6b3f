import ArgumentParser
import Document
import Foundation
import HandoutKit

/// `handout batch`: one PDF per manifest row, in parallel.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch", abstract: "Build one PDF per row of a CSV or JSON Lines manifest.",
        discussion: """
            CSV needs a header row. Columns: output (file name ending .pdf), topics (ids separated by \
            spaces or semicolons) and/or collection, and optionally layout, body-size, title, date, cover and \
            personal details (\(PersonalDetails.knownKeys.joined(separator: ", "))). JSON Lines files (.jsonl) \
            hold one object per line with the same keys. A bad row is reported by its line number and the \
            others still build; the exit status is 1 if any row failed.
            """)

    @Argument(help: "The manifest: a .csv file, or a .jsonl file.")
    var manifest: String

    @Option(name: .customLong("out-dir"), help: "The folder to write the PDFs into (it must exist).")
    var outDir: String

    @Option(name: .long, help: "How many handouts to build at once (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: ArgumentHelp("Build only shard K of N (e.g. 2/4): every Nth row from row K.", valueName: "K/N"))
    var shard: Shard?

    @Option(name: .long, help: "The date for rows without one, YYYY-MM-DD (default: today).")
    var date: String?

    @OptionGroup var contentOptions: ContentOptions

    func validate() throws {
        guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 64") }
        if let date, CalendarDay(date) == nil { throw ValidationError("--date '\(date)' is not a date written YYYY-MM-DD") }
    }

    func run() throws {
        var failed = false
        try reportingErrors {
            let folder = URL(fileURLWithPath: outDir)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                throw HandoutError("--out-dir \(outDir): no such folder")
            }
            let loaded = try Manifest.load(URL(fileURLWithPath: manifest), name: manifest)
            let rows = shard.map { loaded.shard($0.index, of: $0.count) } ?? loaded.rows
            let runner = BatchRunner(
                resources: try contentOptions.resources(), outputFolder: folder, jobs: jobs,
                defaultDate: date.flatMap(CalendarDay.init) ?? .today())
            let bar = ProgressBar(total: rows.count)
            let summary = runner.run(rows, file: manifest) { bar.update($0) }
            bar.finish()
            for failure in summary.failures {
                FileHandle.standardError.write(Data("handout: error: \(failure)\n".utf8))
            }
            print(String(
                format: "%d of %d leaflets built, %d failed, in %.2f s (%.1f leaflets/s)", summary.built,
                summary.total, summary.failures.count, summary.seconds, summary.leafletsPerSecond))
            failed = !summary.failures.isEmpty
        }
        if failed { throw ExitCode.failure }
    }
}

/// `--shard K/N`.
struct Shard: ExpressibleByArgument {
    var index: Int
    var count: Int

    init?(argument: String) {
        let parts = argument.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index)
        else { return nil }
        self.index = index
        self.count = count
    }
}

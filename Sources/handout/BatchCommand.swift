import ArgumentParser
import Document
import Foundation
import HandoutKit

/// `handout batch`: one file per manifest row, in parallel.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch", abstract: "Build one handout per row of a CSV or JSON Lines manifest.",
        discussion: """
            CSV needs a header row. Columns: output (file name ending with the format's extension), topics (ids \
            separated by spaces, commas or semicolons) and/or collection, and optionally \
            \(Manifest.requestColumns.filter { !["output", "topics", "collection"].contains($0) }.joined(separator: ", ")) and \
            personal details (\(PersonalDetails.knownKeys.joined(separator: ", "))); see docs/request-fields.md. JSON Lines files (.jsonl) \
            hold one object per line with the same keys. A bad row is reported by its line number and the \
            others still build; the exit status is 1 if any row failed. Each row's outcome is appended to \
            results.jsonl (results-K-of-N.jsonl for a shard) in the output folder; see docs/batch.md.
            """)

    @Argument(help: "The manifest: a .csv file, or a .jsonl file.")
    var manifest: String

    @Option(name: .customLong("out-dir"), help: "The folder to write the handouts into (made if it does not exist).")
    var outDir: String

    @Option(name: .long, help: "How many handouts to build at once (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Build only shard K of N (e.g. 2/4): every Nth row from row K. 'auto' takes the index from a scheduler's array task (Slurm, Kubernetes Indexed Job, AWS Batch).",
            valueName: "K/N|auto"))
    var shard: ShardArgument?

    @Option(name: .long, help: ArgumentHelp("With --shard auto: the number of shards (the array's size).", valueName: "N"))
    var shards: Int?

    @Flag(name: .long, help: "Keep each PDF that the results manifest shows was built from the same inputs; build the rest.")
    var resume = false

    @Option(name: .long, help: "The date for rows without one, YYYY-MM-DD (default: today).")
    var date: String?

    @OptionGroup var contentOptions: ContentOptions

    func validate() throws {
        guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 64") }
        if let date, CalendarDay(date) == nil { throw ValidationError(RequestSource(.commandLine).failure(.date).message) }
        if let shards {
            guard case .auto = shard else { throw ValidationError("--shards goes with --shard auto") }
            guard shards >= 1 else { throw ValidationError("--shards must be at least 1") }
        }
    }

    func run() throws {
        MallocArenas.limit(to: jobs + 1)  // one a worker, one for the thread reading the manifest
        var failed = false
        // The first Ctrl-C (or SIGTERM) stops taking rows; the rows being built finish and the
        // summary is printed. A second one stops at once, removing any half-written file.
        let interrupts = Interrupts { _ in }
        try reportingErrors {
            let folder = URL(fileURLWithPath: outDir)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
                guard isFolder.boolValue else { throw HandoutError("--out-dir \(outDir): exists and is not a folder") }
            } else {
                do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                    throw HandoutError("--out-dir \(outDir): the folder cannot be made (no permission, or a file in the way)")
                }
            }
            let source = try Manifest(URL(fileURLWithPath: manifest), name: manifest)
            let shard = try resolvedShard()
            let runner = BatchRunner(
                resources: try contentOptions.resources(), outputFolder: folder, jobs: jobs,
                defaultDate: date.flatMap(CalendarDay.init) ?? .today())
            let progress = ProgressLine()
            let summary = try runner.run(source, shard: shard, resume: resume, shouldStop: { interrupts.receivedSignal != nil }) { entry in
                if entry.status == .failed {
                    FileHandle.standardError.write(Data("handout: error: \(manifest):\(entry.line): \(entry.error ?? "")\n".utf8))
                }
                progress.rowDone()
            }
            progress.finish()
            let kept = resume ? ", \(summary.skipped) kept from an earlier run" : ""
            let speed = String(format: "in %.2f s (%.1f leaflets/s)", summary.seconds, summary.leafletsPerSecond)
            print("\(summary.built) of \(summary.total) leaflets built\(kept), \(summary.failed) failed, \(speed)")
            print("results: \(summary.resultsFile.path)")
            if summary.stopped, let signal = interrupts.receivedSignal {
                print("Stopped by \(signal == SIGINT ? "an interrupt" : "SIGTERM"): rows not started are left for a later run (--resume)")
                throw ExitCode(128 + signal)
            }
            failed = summary.failed > 0
        }
        if failed { throw ExitCode.failure }
    }

    /// The shard to build: as given, from the scheduler's variables, or nil for every row.
    private func resolvedShard() throws -> BatchShard? {
        switch shard {
        case .fixed(let shard): shard
        case .auto: try BatchShard.fromScheduler(environment: ProcessInfo.processInfo.environment, shards: shards)
        case nil: nil
        }
    }
}

/// `--shard K/N` or `--shard auto`.
enum ShardArgument: ExpressibleByArgument {
    case fixed(BatchShard)
    case auto

    init?(argument: String) {
        if argument == "auto" {
            self = .auto
        } else if let shard = BatchShard(argument) {
            self = .fixed(shard)
        } else {
            return nil
        }
    }
}

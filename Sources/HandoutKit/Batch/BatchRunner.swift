import Document
import Foundation

/// How a batch went: rows built, kept from an earlier run, and failed, and the time taken.
public struct BatchSummary: Sendable {
    public var built = 0
    /// Rows `--resume` kept because an earlier run built them from the same inputs.
    public var skipped = 0
    public var failed = 0
    public var seconds: Double = 0
    /// Whether the run was stopped (``BatchRunner/run(_:shard:resume:shouldStop:report:)``) before every row was started.
    public var stopped = false
    /// The results manifest this run appended to.
    public var resultsFile: URL

    public var total: Int { built + skipped + failed }
    public var leafletsPerSecond: Double { seconds > 0 ? Double(built) / seconds : 0 }
}

/// Builds one file per manifest row on `jobs` workers, reading the manifest as it goes. Content
/// and fonts are loaded once and shared; each worker has its own builder (and cairo contexts).
/// Each file is written atomically, so a failing row leaves no file, and a bad row never stops
/// the others. Every row's outcome is appended to the results manifest in the output folder.
public struct BatchRunner: Sendable {
    public let resources: HandoutResources
    public let outputFolder: URL
    public let jobs: Int
    public let defaultDate: CalendarDay

    public init(resources: HandoutResources, outputFolder: URL, jobs: Int, defaultDate: CalendarDay) {
        self.resources = resources
        self.outputFolder = outputFolder
        self.jobs = max(1, jobs)
        self.defaultDate = defaultDate
    }

    /// Builds the rows of `manifest` that belong to `shard` (all of them when nil). With
    /// `resume`, a row whose PDF an earlier run built from the same inputs is kept, not rebuilt.
    /// `report` is called with each row's entry as it is recorded. Once `shouldStop` says so (an
    /// interrupt), no more rows are started; the rows being built finish.
    public func run(
        _ manifest: Manifest, shard: BatchShard? = nil, resume: Bool = false,
        shouldStop: @escaping @Sendable () -> Bool = { false },
        report: @escaping @Sendable (ResultsEntry) -> Void = { _ in }
    ) throws -> BatchSummary {
        let start = DispatchTime.now()
        let resultsFile = outputFolder.appendingPathComponent(BatchShard.resultsFileName(for: shard))
        let resumeIndex = resume ? try ResumeIndex(resultsAt: resultsFile) : nil
        let isFirstRun = !FileManager.default.fileExists(atPath: resultsFile.path)
        let log = try ResultsLog(resultsFile)
        let partial = try PartialFolder(in: outputFolder, shard: shard)
        let work = BatchWork(
            runner: self, file: manifest.file, inputs: BuildInputs(resources: resources, defaultDate: defaultDate),
            resume: resumeIndex, log: log, temporaryFolder: partial.url, shouldStop: shouldStop, report: report)
        let queue = RowQueue(capacity: jobs * 4)
        let workers = DispatchGroup()
        for _ in 0..<jobs {
            workers.enter()
            Thread {
                work.drain(queue)
                workers.leave()
            }.start()
        }
        var readError: (any Error)?
        do {
            var names = try RepeatedOutputs(of: manifest, shouldStop: shouldStop)
            var ordinal = 0
            try manifest.forEachRow { row in
                defer { ordinal += 1 }
                if shouldStop() { throw BatchStopped() }
                let earlier = names.earlierLine(for: row)
                guard shard?.contains(ordinal: ordinal) ?? true else { return }
                queue.put(QueuedRow(row: row, firstLineWithSameOutput: earlier))
            }
        } catch is BatchStopped {
        } catch {
            readError = error
        }
        queue.close()
        workers.wait()
        partial.remove()
        var summary = work.summary
        if let readError {
            // A manifest refused before any row (a bad header) leaves nothing behind.
            if isFirstRun, summary.total == 0 { try? FileManager.default.removeItem(at: resultsFile) }
            throw HandoutError(readError)
        }
        summary.resultsFile = resultsFile
        summary.stopped = shouldStop()
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return summary
    }
}

/// What the workers of one run share: how to build a row, where to record it, and the counts.
private final class BatchWork: @unchecked Sendable {
    let runner: BatchRunner
    let file: String
    let inputs: BuildInputs
    let resume: ResumeIndex?
    let log: ResultsLog
    let temporaryFolder: URL
    let shouldStop: @Sendable () -> Bool
    let report: @Sendable (ResultsEntry) -> Void
    private let lock = NSLock()
    private var counts: BatchSummary

    init(
        runner: BatchRunner, file: String, inputs: BuildInputs, resume: ResumeIndex?, log: ResultsLog,
        temporaryFolder: URL, shouldStop: @escaping @Sendable () -> Bool, report: @escaping @Sendable (ResultsEntry) -> Void
    ) {
        self.runner = runner
        self.file = file
        self.inputs = inputs
        self.resume = resume
        self.log = log
        self.temporaryFolder = temporaryFolder
        self.shouldStop = shouldStop
        self.report = report
        counts = BatchSummary(resultsFile: log.url)
    }

    var summary: BatchSummary { lock.withLock { counts } }

    /// Builds queued rows until the queue is closed and empty, with a builder of its own.
    func drain(_ queue: RowQueue) {
        let builder = HandoutBuilder(resources: runner.resources)
        while let queued = queue.take() {
            if shouldStop() { continue }  // stopped: rows queued but not started are left for a later run
            var entry = self.entry(for: queued, builder: builder)
            do {
                try log.append(entry)
            } catch {
                entry = ResultsEntry(line: entry.line, output: entry.output, status: .failed, error: HandoutError(error).message)
            }
            lock.withLock {
                switch entry.status {
                case .built: counts.built += 1
                case .skipped: counts.skipped += 1
                case .failed: counts.failed += 1
                }
            }
            report(entry)
        }
    }

    private func entry(for queued: QueuedRow, builder: HandoutBuilder) -> ResultsEntry {
        let row = queued.row
        let input = inputs.hash(of: row)
        var entry = ResultsEntry(line: row.line, output: row.output, status: .failed, input: input)
        do {
            if let problem = row.problem { throw HandoutError(problem) }
            if let first = queued.firstLineWithSameOutput { throw HandoutError("the same output file as line \(first)") }
            let request = try row.request(file: file, defaultDate: runner.defaultDate, resources: runner.resources)
            let target = runner.outputFolder.appendingPathComponent(row.output)
            if let resume, let existing = FileManager.default.contents(atPath: target.path) {
                let sha256 = SHA256Digest.hex(of: existing)
                if let pages = resume.pages(line: row.line, input: input, sha256: sha256) {
                    entry.status = .skipped
                    (entry.sha256, entry.pages, entry.bytes) = (sha256, pages, existing.count)
                    return entry
                }
            }
            let built = try builder.build(request)
            try AtomicFile.write(
                built.data, to: target, temporaryFolder: temporaryFolder, protecting: runner.resources.inputFiles(for: request))
            entry.status = .built
            (entry.sha256, entry.pages, entry.bytes) = (SHA256Digest.hex(of: built.data), built.pageCount, built.data.count)
        } catch {
            let message = HandoutError(error).message
            let place = "\(file):\(row.line): "
            entry.error = message.hasPrefix(place) ? String(message.dropFirst(place.count)) : message
        }
        return entry
    }
}

/// The hidden folder a run writes its temporary files in, one per shard: a run starts by
/// clearing what a killed run of the same shard left there, and removes the folder at the end,
/// without touching the temporary files of other shards at work in the same output folder.
private struct PartialFolder {
    let url: URL

    init(in outputFolder: URL, shard: BatchShard?) throws {
        url = outputFolder.appendingPathComponent(shard.map { ".handout-partial-\($0.index)-of-\($0.count)" } ?? ".handout-partial")
        try? FileManager.default.removeItem(at: url)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        } catch {
            throw HandoutError("\(outputFolder.path): cannot write there (missing folder or no permission)")
        }
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Thrown to stop reading the manifest when the run is stopped.
struct BatchStopped: Error {}

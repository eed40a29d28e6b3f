import Dispatch
import Document
import Foundation

/// How a batch went: rows built, rows failed with their reasons, and the time taken.
public struct BatchSummary: Sendable {
    public var built: Int
    /// One message per failed row, naming the manifest line, in line order.
    public var failures: [String]
    public var seconds: Double

    public var total: Int { built + failures.count }
    public var leafletsPerSecond: Double { seconds > 0 ? Double(built) / seconds : 0 }
}

/// Builds one PDF per manifest row on `jobs` workers. Content and fonts are loaded once and
/// shared; each worker has its own builder (and cairo contexts). Each PDF is written
/// atomically, so a failing row leaves no file, and a bad row never stops the others.
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

    /// Builds `rows` of the manifest; `progress` is called with the number done after each row.
    public func run(_ rows: [ManifestRow], file: String, progress: @escaping @Sendable (Int) -> Void = { _ in }) -> BatchSummary {
        let start = DispatchTime.now()
        let state = BatchState()
        let duplicates = duplicateOutputs(rows, file: file)
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(rows.count, 1))) { _ in
            let builder = HandoutBuilder(resources: resources)
            while let index = state.nextRow(below: rows.count) {
                let row = rows[index]
                do {
                    if let duplicate = duplicates[index] { throw HandoutError(duplicate) }
                    let request = try row.request(file: file, defaultDate: defaultDate)
                    let pdf = try builder.pdf(for: request)
                    try AtomicFile.write(pdf, to: outputFolder.appendingPathComponent(row.output))
                    progress(state.finish(line: row.line, failure: nil))
                } catch {
                    let place = "\(file):\(row.line)"
                    let message = HandoutError(error).message
                    progress(state.finish(line: row.line, failure: message.hasPrefix(place) ? message : "\(place): \(message)"))
                }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return BatchSummary(built: state.built, failures: state.sortedFailures, seconds: seconds)
    }

    /// Rows whose output name an earlier row already uses, with a message naming both lines.
    private func duplicateOutputs(_ rows: [ManifestRow], file: String) -> [Int: String] {
        var firstLine: [String: Int] = [:]
        var duplicates: [Int: String] = [:]
        for (index, row) in rows.enumerated() {
            if let line = firstLine[row.output] {
                duplicates[index] = "\(file):\(row.line): the same output file as line \(line)"
            } else {
                firstLine[row.output] = row.line
            }
        }
        return duplicates
    }
}

/// The shared progress of a batch, behind a lock.
private final class BatchState: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private(set) var built = 0
    private var failures: [(line: Int, message: String)] = []

    func nextRow(below count: Int) -> Int? {
        lock.withLock {
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    /// Records a finished row and returns how many rows are done.
    func finish(line: Int, failure: String?) -> Int {
        lock.withLock {
            if let failure { failures.append((line, failure)) } else { built += 1 }
            done += 1
            return done
        }
    }

    var sortedFailures: [String] { lock.withLock { failures.sorted { $0.line < $1.line }.map(\.message) } }
}

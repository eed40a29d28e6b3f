import Foundation

/// A one-line count of rows done on standard error, drawn only when it is a terminal. (A
/// manifest is read as it is built, so the total is not known in advance.)
final class ProgressLine: @unchecked Sendable {
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let lock = NSLock()
    private var done = 0

    /// Counts one more row done and redraws every hundred rows.
    func rowDone() {
        lock.withLock {
            done += 1
            guard isTerminal, done % 100 == 0 else { return }
            FileHandle.standardError.write(Data("\r\(done) rows done".utf8))
        }
    }

    /// Clears the line.
    func finish() {
        guard isTerminal, done >= 100 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

import Foundation

/// A one-line progress bar on standard error, drawn only when it is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let lock = NSLock()
    private var lastDrawn = -1
    private static let width = 30

    init(total: Int) { self.total = total }

    /// Shows `done` of the total, at most once per percent.
    func update(_ done: Int) {
        guard isTerminal, total > 0 else { return }
        lock.withLock {
            let percent = done * 100 / total
            guard percent != lastDrawn else { return }
            lastDrawn = percent
            let filled = done * Self.width / total
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: Self.width - filled)
            FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total)".utf8))
        }
    }

    /// Clears the bar's line.
    func finish() {
        guard isTerminal, total > 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

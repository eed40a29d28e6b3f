import Foundation

/// Appends entries to a results manifest. Each entry goes out as one write(2) of its whole
/// line on a file opened with O_APPEND, so a line is either all there or, after a failed or
/// short write (which is undone), not there at all; a process killed mid-run leaves only whole
/// lines. Safe to share between threads.
final class ResultsLog: @unchecked Sendable {
    let url: URL
    private let descriptor: Int32
    private let lock = NSLock()

    /// Opens (or creates) `url` for appending. A last line left without its line feed (a file
    /// cut short by a full disk) is ended first, so the next entry starts a line of its own.
    init(_ url: URL) throws {
        self.url = url
        descriptor = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw HandoutError("\(url.path): cannot write the results manifest: \(String(cString: strerror(errno)))")
        }
        if let last = Self.lastByte(of: url), last != UInt8(ascii: "\n") {
            var newline = UInt8(ascii: "\n")
            guard write(descriptor, &newline, 1) == 1 else {
                close(descriptor)
                throw HandoutError("\(url.path): cannot write the results manifest: \(String(cString: strerror(errno)))")
            }
        }
    }

    deinit { close(descriptor) }

    /// Writes `entry` as one line.
    func append(_ entry: ResultsEntry) throws {
        let line = try entry.jsonLine()
        try lock.withLock {
            var status = stat()
            let sizeBefore = fstat(descriptor, &status) == 0 ? status.st_size : -1
            var written: Int
            repeat {
                written = line.withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
            } while written < 0 && errno == EINTR
            guard written == line.count else {
                let reason = written < 0 ? String(cString: strerror(errno)) : "only part of the line was written"
                if written > 0, sizeBefore >= 0 { ftruncate(descriptor, sizeBefore) }
                throw HandoutError("\(url.path): cannot write the results manifest: \(reason)")
            }
        }
    }

    private static func lastByte(of url: URL) -> UInt8? {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return nil }
        defer { try? handle.close() }
        guard let end = try? handle.seekToEnd(), end > 0 else { return nil }
        try? handle.seek(toOffset: end - 1)
        return (try? handle.read(upToCount: 1))?.first
    }
}

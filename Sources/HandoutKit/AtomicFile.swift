import Foundation

/// Writes files so that readers see either the old file or the whole new one, never a part.
public enum AtomicFile {
    /// Writes `data` to a hidden temporary file beside `url`, or in `temporaryFolder` (on the
    /// same file system), with a random name never derived from the target's; flushes it to
    /// disk, then renames it into place. On failure nothing is left behind.
    public static func write(_ data: Data, to url: URL, temporaryFolder: URL? = nil) throws {
        let folder = temporaryFolder ?? url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".handout-\(UUID().uuidString).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw HandoutError("\(folder.path): cannot write there (missing folder or no permission)")
        }
        let written = data.withUnsafeBytes { writeAll($0, to: descriptor) } && fsync(descriptor) == 0
        let reason = String(cString: strerror(errno))
        close(descriptor)
        guard written, rename(temporary, url.path) == 0 else {
            let reason = written ? String(cString: strerror(errno)) : reason
            unlink(temporary)
            throw HandoutError("\(url.path): cannot write the file: \(reason)")
        }
    }

    /// Writes every byte of `bytes`, however many calls it takes; false on an error.
    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }
}

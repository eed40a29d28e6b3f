import Foundation

/// Writes files so that readers see either the old file or the whole new one, never a part.
public enum AtomicFile {
    /// Writes `data` to `url` through a temporary file (see ``StagedFiles``), beside it or in
    /// `temporaryFolder` (on the same file system): nothing is left behind on failure, and
    /// `inputs`, devices, folders and pipes are never replaced.
    public static func write(
        _ data: Data, to url: URL, temporaryFolder: URL? = nil, protecting inputs: InputFiles = InputFiles()
    ) throws {
        let files = StagedFiles(protecting: inputs)
        try files.stage(data, at: url, temporaryFolder: temporaryFolder)
        try files.commit()
    }
}

/// Files written together or not at all: each is written in full to a hidden temporary file
/// beside its target (its name is random, never derived from the target's) and flushed to disk;
/// only when every one is written are they renamed into place. A failure, or the set being
/// dropped without ``commit()``, removes every temporary file; an interrupt removes them too
/// (see ``TemporaryFiles``).
public final class StagedFiles {
    private let inputs: InputFiles
    private var staged: [(temporary: String, target: URL)] = []

    public init(protecting inputs: InputFiles) {
        self.inputs = inputs
    }

    deinit { discard() }

    /// Writes `data` for `url`, in a temporary file beside it or in `temporaryFolder` (on the same
    /// file system); it appears at `url` on ``commit()``.
    public func stage(_ data: Data, at url: URL, temporaryFolder: URL? = nil) throws {
        try inputs.checkWritable(url)
        let folder = temporaryFolder ?? url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".handout-\(UUID().uuidString).tmp").path
        let descriptor = TemporaryFiles.shared.create(temporary)
        guard descriptor >= 0 else {
            throw HandoutError("\(folder.path): cannot write there (missing folder or no permission)")
        }
        let written = data.withUnsafeBytes { writeAll($0, to: descriptor) } && fsync(descriptor) == 0
        let reason = String(cString: strerror(errno))
        close(descriptor)
        guard written else {
            TemporaryFiles.shared.remove(temporary)
            throw HandoutError("\(url.path): cannot write the file: \(reason)")
        }
        staged.append((temporary, url))
    }

    /// Renames every staged file into place.
    public func commit() throws {
        defer { discard() }
        while !staged.isEmpty {
            let (temporary, target) = staged.removeFirst()
            try inputs.checkWritable(target)
            guard rename(temporary, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                TemporaryFiles.shared.remove(temporary)
                throw HandoutError("\(target.path): cannot write the file: \(reason)")
            }
            TemporaryFiles.shared.forget(temporary)
        }
    }

    /// Removes every staged file not yet renamed into place.
    public func discard() {
        for (temporary, _) in staged { TemporaryFiles.shared.remove(temporary) }
        staged = []
    }

    /// Writes every byte of `bytes`, however many calls it takes; false on an error.
    private func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
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

/// The temporary files being written right now, so that an interrupt (Ctrl-C, a scheduler's
/// SIGTERM) can remove them before the process ends (see ``Interrupts``).
public final class TemporaryFiles: @unchecked Sendable {
    public static let shared = TemporaryFiles()
    private let lock = NSLock()
    private var paths: Set<String> = []

    /// Creates `path` for writing (it must not exist yet) and notes it, both under the lock, so
    /// that no file is made after an interrupt's clean-up has run; the descriptor, or -1.
    func create(_ path: String) -> Int32 {
        lock.withLock {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { paths.insert(path) }
            return descriptor
        }
    }

    /// Forgets `path`: it has been renamed into place.
    func forget(_ path: String) { lock.withLock { _ = paths.remove(path) } }

    /// Deletes `path` and forgets it.
    func remove(_ path: String) {
        unlink(path)
        forget(path)
    }

    /// Deletes every temporary file being written and keeps the lock for good, so that no thread
    /// still building can make another one: only for a process about to end.
    public func removeAllForExit() {
        lock.lock()
        for path in paths { unlink(path) }
        paths = []
    }
}

import Foundation

/// Writes files so that readers see either the old file or the whole new one, never a part.
public enum AtomicFile {
    /// Writes `data` to a hidden temporary file beside `url` (its name is random, never derived
    /// from the target's), then renames it into place. On failure nothing is left behind.
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".handout-\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw HandoutError("\(folder.path): cannot write there (missing folder or no permission)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw HandoutError("\(url.path): cannot write the file: \(reason)")
        }
    }
}

import Foundation

/// A font opened with HarfBuzz the first time something needs it, so a handout in Latin script
/// never pays for the fallback fonts of other scripts. Safe to share between threads.
final class LazyFont: @unchecked Sendable {
    let file: FontCatalogue.File
    private let lock = NSLock()
    private var loaded: HarfBuzzFont?
    private var failed = false

    init(_ file: FontCatalogue.File) {
        self.file = file
    }

    /// Whether the font has been opened.
    var isOpen: Bool {
        lock.lock()
        defer { lock.unlock() }
        return loaded != nil
    }

    /// The font, opened on first use; nil if it cannot be read (the catalogue has checked that
    /// the file exists, so only a broken file gets here).
    var font: HarfBuzzFont? {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        if failed { return nil }
        loaded = try? HarfBuzzFont(path: file.path, faceIndex: file.faceIndex)
        failed = loaded == nil
        return loaded
    }
}

import Foundation

/// A file's identity on disk: its device and inode, the same whatever path, link or `..` reaches it.
public struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64
    /// Whether it is a regular file (not a folder, device, pipe or socket).
    let isRegularFile: Bool
    let isFolder: Bool

    /// The identity of what `path` names, symbolic links followed; nil when nothing is there.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        isRegularFile = info.st_mode & S_IFMT == S_IFREG
        isFolder = info.st_mode & S_IFMT == S_IFDIR
    }

    public static func == (lhs: FileIdentity, rhs: FileIdentity) -> Bool {
        lhs.device == rhs.device && lhs.inode == rhs.inode
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(device)
        hasher.combine(inode)
    }
}

/// The files and folders a build reads from, which nothing it writes may replace: the content
/// folder, layouts, fonts, hyphenation patterns, a `--data` file, a manifest. They are compared by
/// identity, so no other path to them (a link, `./`, `..`) gets past.
public struct InputFiles: Sendable {
    private var identities: Set<FileIdentity> = []

    public init() {}

    /// Adds what is at `path` and, for a folder, everything inside it.
    public mutating func add(_ path: String) {
        guard let identity = FileIdentity(path: path) else { return }
        identities.insert(identity)
        guard identity.isFolder, let inside = FileManager.default.enumerator(atPath: path) else { return }
        while let name = inside.nextObject() as? String {
            if let identity = FileIdentity(path: (path as NSString).appendingPathComponent(name)) { identities.insert(identity) }
        }
    }

    /// These inputs and what is at `paths`.
    public func adding(_ paths: [String]) -> InputFiles {
        var inputs = self
        paths.forEach { inputs.add($0) }
        return inputs
    }

    /// Whether `identity` is one of the inputs.
    public func contains(_ identity: FileIdentity) -> Bool { identities.contains(identity) }

    /// Fails unless a file may be written at `url`: nothing is there yet, or a regular file that is
    /// not one of the inputs. Devices, folders, pipes and inputs are never replaced.
    public func checkWritable(_ url: URL) throws {
        guard let existing = FileIdentity(path: url.path) else { return }
        guard existing.isRegularFile else {
            throw HandoutError("\(url.path): exists and is not a regular file (a folder, device or pipe); handout replaces only files it could have written")
        }
        guard !contains(existing) else {
            throw HandoutError("\(url.path): is one of this build's inputs (content, layout, font or data file); write the output somewhere else")
        }
    }

    /// Fails unless `url` may hold previews: no folder yet, or a folder that holds none of the inputs' own folders.
    public func checkPreviewFolder(_ url: URL) throws {
        guard let existing = FileIdentity(path: url.path) else { return }
        guard existing.isFolder else { throw HandoutError("\(url.path): exists and is not a folder; --png needs a folder") }
        guard !contains(existing) else {
            throw HandoutError("\(url.path): is one of this build's input folders (content, layouts or fonts); write the previews somewhere else")
        }
    }
}

import Foundation

/// Finds the folder that holds Content/, Layouts/ and Fonts/.
public enum ResourceLocator {
    /// `HANDOUT_HOME` if set, else the current folder or the nearest folder above the running
    /// executable that has all three.
    public static func root() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let home = environment["HANDOUT_HOME"], !home.isEmpty {
            let url = URL(fileURLWithPath: home)
            guard isRoot(url) else {
                throw HandoutError("HANDOUT_HOME=\(home) has no Content, Layouts and Fonts folders")
            }
            return url
        }
        var candidates = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            candidates.append(folder)
            folder.deleteLastPathComponent()
        }
        guard let root = candidates.first(where: isRoot) else {
            throw HandoutError("cannot find the Content, Layouts and Fonts folders; run from the handout folder or set HANDOUT_HOME")
        }
        return root
    }

    private static func isRoot(_ url: URL) -> Bool {
        ["Content", "Layouts", "Fonts"].allSatisfy {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent($0).path, isDirectory: &isFolder)
                && isFolder.boolValue
        }
    }
}

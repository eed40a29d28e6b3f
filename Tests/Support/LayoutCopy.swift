import Foundation

/// Shipped layouts with keys added, for tests of optional layout keys.
public enum LayoutCopy {
    /// The path of a copy of Layouts/`name`.yaml, in a temporary folder, with `extra` YAML added at the end.
    public static func path(_ name: String, adding extra: String) throws -> String {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("Layouts/\(name).yaml"), encoding: .utf8)
        let file = try Repository.temporaryFolder().appendingPathComponent("\(name).yaml")
        try (text + "\n" + extra).write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }
}

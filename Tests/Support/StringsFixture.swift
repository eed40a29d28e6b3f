import Foundation

/// The translated strings files the tests' content folders use: Tests/Fixtures/strings/`language`.yaml.
public enum StringsFixture {
    /// The text of the strings file for `language` (cy, ar).
    public static func text(_ language: String) throws -> String {
        try String(contentsOf: Repository.root.appendingPathComponent("Tests/Fixtures/strings/\(language).yaml"), encoding: .utf8)
    }
}

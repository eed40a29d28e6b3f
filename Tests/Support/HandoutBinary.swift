import Foundation

/// The built `handout` executable the CLI tests run.
public enum HandoutBinary {
    /// Beside the test bundle, else in .build/debug; nil if it has not been built.
    public static var path: String? {
        [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Repository.root.appendingPathComponent(".build/debug"),
        ].map { $0.appendingPathComponent("handout").path }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

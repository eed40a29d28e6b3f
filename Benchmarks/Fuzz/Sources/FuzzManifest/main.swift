import Foundation
import FuzzDriver
import HandoutKit

/// The input's first byte picks CSV or JSON Lines; the rest is the manifest, read the way
/// `handout batch` reads it, from a file.
runFuzzer { data, count in
    let input = bytes(data, count)
    guard let first = input.first else { return 0 }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handout-fuzz-\(getpid())")
    let url = folder.appendingPathComponent(first & 1 == 0 ? "manifest.csv" : "manifest.jsonl")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    guard (try? Data(input.dropFirst()).write(to: url)) != nil else { return 0 }
    _ = try? Manifest(url, name: url.lastPathComponent).forEachRow { _ in }
    return 0
}

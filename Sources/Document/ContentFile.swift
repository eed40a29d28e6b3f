import Foundation

/// Reads text files defensively: size limit, UTF-8 check, and messages that name the file.
public enum ContentFile {
    /// Content and layout files larger than this are refused.
    public static let maximumBytes = 1 << 20

    /// Reads `url` as UTF-8 text; `name` is how messages refer to it.
    public static func read(_ url: URL, name: String, maximumBytes: Int = maximumBytes) throws -> String {
        let data = try bytes(url, name: name, maximumBytes: maximumBytes)
        guard let text = String(data: data, encoding: .utf8) else {
            throw ContentError(file: name, line: firstInvalidLine(data), "not valid UTF-8 text")
        }
        return text
    }

    /// Reads `url`'s bytes, refusing a file larger than `maximumBytes`; `name` is how messages refer to it.
    public static func bytes(_ url: URL, name: String, maximumBytes: Int = maximumBytes) throws -> Data {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        guard let size = attributes?[.size] as? Int else {
            throw ContentError(file: name, "file not found")
        }
        guard size <= maximumBytes else {
            throw ContentError(file: name, "file is \(size) bytes; the limit is \(maximumBytes)")
        }
        guard let data = FileManager.default.contents(atPath: url.path), data.count <= maximumBytes else {
            throw ContentError(file: name, "file could not be read")
        }
        return data
    }

    /// The line holding the first byte sequence that is not UTF-8.
    private static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        for (number, bytes) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            line = number + 1
            if String(data: Data(bytes), encoding: .utf8) == nil { break }
        }
        return line
    }
}

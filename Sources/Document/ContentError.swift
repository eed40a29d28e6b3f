/// A problem with a content, layout or data file, naming the file and, where known, the line and key.
///
/// Messages never quote personal details: they name where the problem is, not what the value was.
public struct ContentError: Error, CustomStringConvertible, Equatable, Sendable {
    public var file: String
    public var line: Int?
    public var key: String?
    public var message: String

    public init(file: String, line: Int? = nil, key: String? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let key { return "\(place): '\(key)': \(message)" }
        return "\(place): \(message)"
    }
}

/// Splits a topic file into its YAML front matter and its Markdown body.
struct FrontMatter {
    let yaml: String
    let body: String
    /// Line number, in the file, of the body's first line minus one.
    let bodyLineOffset: Int

    /// Expects the file to start with a line `---` and the front matter to end at the next `---`.
    init(splitting text: String, file: String) throws {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        guard lines.first == "---" else {
            throw ContentError(file: file, line: 1, "a topic must start with front matter between two lines of ---")
        }
        lines.removeFirst()
        guard let end = lines.firstIndex(of: "---") else {
            throw ContentError(file: file, line: 1, "the front matter has no closing line of ---")
        }
        yaml = lines[..<end].joined(separator: "\n")
        body = lines[(end + 1)...].joined(separator: "\n")
        bodyLineOffset = end + 2
    }
}

extension BodyTemplate {
    /// The body's source lines, placeholders included, each with its line number in the topic file.
    var numberedLines: [(number: Int, text: String)] {
        source.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            (lineOffset + $0.offset + 1, String($0.element))
        }
    }
}

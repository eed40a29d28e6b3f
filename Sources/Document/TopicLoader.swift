import Foundation

/// Reads topic files: front matter fields, then the body as a template.
struct TopicLoader {
    /// The content folder that figure paths are relative to.
    var contentDirectory: URL?

    /// Keys a topic's front matter must have.
    static let keys = ["id", "title", "summary", "tags", "order", "reviewed", "review-due", "sources"]
    /// Keys it may have as well: `lang`, the topic's language (default en-GB).
    static let optionalKeys = ["lang"]

    func load(_ text: String, file: String, expectedID: String) throws -> Topic {
        let parts = try FrontMatter(splitting: text, file: file)
        let fields = try YAMLFields.parse(parts.yaml, file: file, lineOffset: 1)
        try fields.rejectUnknownKeys(allowed: Self.keys + Self.optionalKeys)
        let missing = Self.keys.filter { !fields.has($0) }
        guard missing.isEmpty else {
            throw ContentProblems(errors: missing.map { fields.error($0, "missing required key") })
        }
        let id = try fields.string("id")
        guard id == expectedID else {
            throw fields.error("id", "'\(id)' must match the file name '\(expectedID).md'")
        }
        guard id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }), id.first?.isLetter == true else {
            throw fields.error("id", "use lower-case letters, digits and hyphens, starting with a letter")
        }
        let reviewed = try fields.day("reviewed")
        let reviewDue = try fields.day("review-due")
        guard reviewed < reviewDue else { throw fields.error("review-due", "must be after 'reviewed' (\(reviewed))") }
        var language = LanguageTag.british
        if let lang = try fields.optionalString("lang") {
            guard let tag = LanguageTag(lang) else {
                throw fields.error("lang", "'\(lang)' is not a BCP 47 language tag such as en-GB, cy or ur")
            }
            language = tag
        }
        let body = try BodyTemplate(
            parts.body, file: file, lineOffset: parts.bodyLineOffset, contentDirectory: contentDirectory)
        return Topic(
            id: id, title: try fields.string("title"), summary: try fields.string("summary"),
            tags: try fields.stringList("tags"), order: try fields.int("order"), reviewed: reviewed,
            reviewDue: reviewDue, sources: try fields.stringList("sources"), file: file, body: body,
            language: language, keyLines: fields.keyLines)
    }
}

import Foundation

/// The fixed wording a handout prints around its topics (contents and glossary headings, the
/// page footer, the writing pages), in the content folder's language: its `strings.yaml`.
///
/// Every key is required, so a translation cannot leave English behind by accident; a folder
/// without the file prints ``english``.
public struct HandoutStrings: Sendable, Equatable {
    /// The file's name in the content folder.
    public static let fileName = "strings.yaml"
    /// The keys the file must have, and no others.
    public static let keys = [
        "lang", "title", "contents", "glossary", "see-page", "see-pages", "and", "page-footer", "questions-title",
        "questions-intro", "notes-title",
    ]

    /// The language of the wording, and of the content folder's glossary.
    public var language: LanguageTag
    /// The title of a handout with several topics and no collection.
    public var title: String
    public var contents: String
    public var glossary: String
    /// A glossary entry's reference to one page, with `{pages}` where the number goes.
    public var seePage: String
    /// A reference to several pages, with `{pages}` where the list goes.
    public var seePages: String
    /// The word before the last page in a list ("3, 5 and 9").
    public var and: String
    /// The footer, with `{page}` and `{pages}` where the numbers go.
    public var pageFooter: String
    public var questionsTitle: String
    public var questionsIntro: String
    /// The heading of the page of writing lines that pads a booklet.
    public var notesTitle: String

    /// British English, for content folders without a strings file.
    public static let english = HandoutStrings(
        language: .british, title: "Patient information", contents: "Contents", glossary: "Words used in this handout",
        seePage: "See page {pages}.", seePages: "See pages {pages}.", and: "and", pageFooter: "Page {page} of {pages}", questionsTitle: "My questions",
        questionsIntro: "Write down anything you want to ask your care team, and bring this page to your next appointment.",
        notesTitle: "Notes")

    /// The footer for page `page` of `pages`.
    public func footer(page: Int, of pages: Int) -> String {
        pageFooter.replacingOccurrences(of: "{page}", with: String(page)).replacingOccurrences(of: "{pages}", with: String(pages))
    }

    /// Reads a strings file; a missing, empty or unknown key is an error naming the file, line and key.
    public static func load(_ text: String, file: String) throws -> HandoutStrings {
        let fields = try YAMLFields.parse(text, file: file)
        try fields.rejectUnknownKeys(allowed: keys)
        for key in keys where !fields.has(key) {
            throw ContentError(file: file, line: 1, key: key, "missing; a strings file needs all of \(keys.joined(separator: ", "))")
        }
        func line(_ key: String) throws -> String {
            let value = try fields.string(key).trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty, !value.contains(where: \.isNewline) else { throw fields.error(key, "must be one line of text") }
            return value
        }
        let lang = try line("lang")
        guard let language = LanguageTag(lang) else {
            throw fields.error("lang", "'\(lang)' is not a BCP 47 language tag such as en-GB, cy or pl")
        }
        for key in ["see-page", "see-pages"] where !(try line(key)).contains("{pages}") {
            throw fields.error(key, "must contain {pages}, as in \"See page {pages}.\"")
        }
        let footer = try line("page-footer")
        guard footer.contains("{page}"), footer.contains("{pages}") else {
            throw fields.error("page-footer", "must contain {page} and {pages}, as in \"Page {page} of {pages}\"")
        }
        return HandoutStrings(
            language: language, title: try line("title"), contents: try line("contents"), glossary: try line("glossary"),
            seePage: try line("see-page"), seePages: try line("see-pages"), and: try line("and"), pageFooter: footer, questionsTitle: try line("questions-title"), questionsIntro: try line("questions-intro"),
            notesTitle: try line("notes-title"))
    }
}

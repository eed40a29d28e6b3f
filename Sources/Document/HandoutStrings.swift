import Foundation

/// The fixed wording a handout prints or says around its topics (contents and glossary headings,
/// the page footer, the writing pages, the "About this leaflet" page, the web page's and the
/// recording's own words), in the content folder's language: its `strings.yaml`.
///
/// Every key is required, so a translation cannot leave English behind by accident; a folder
/// without the file prints ``english``. A value is one line; the words in braces are
/// placeholders, each required where the English has it.
public struct HandoutStrings: Sendable, Equatable {
    /// The file's name in the content folder.
    public static let fileName = "strings.yaml"

    /// Every key but `lang`, with its British English wording: the one table of what there is to translate.
    static let englishWording: KeyValuePairs<String, String> = [
        "title": "Patient information",
        "contents": "Contents",
        "glossary": "Words used in this handout",
        "see-page": "See page {pages}.",
        "see-pages": "See pages {pages}.",
        "and": "and",
        "or": "or",
        "list-separator": ", ",
        "page-footer": "Page {page} of {pages}",
        "questions-title": "My questions",
        "questions-intro": "Write down anything you want to ask your care team, and bring this page to your next appointment.",
        "notes-title": "Notes",
        "details-title": "About this handout",
        "skip-link": "Skip to the information",
        "section-number": "Section {number} of {count}: {title}",
        "stands-for": "{term}, which stands for {expansion}",
        "picture": "Picture: {alt}",
        "end-of-handout": "This is the end of the handout.",
        "about-title": "About this leaflet",
        "about-publisher": "This leaflet is written and published by {organisation}.",
        "about-phone": "Phone:",
        "about-website": "Website:",
        "about-feedback": "Tell us what you think",
        "about-formats": "Other formats",
        "about-formats-text": "You can ask for this leaflet as {formats}. Call {phone}.",
        "about-sources": "Where the information comes from",
        "about-reviews": "Each topic is reviewed by a set date:",
        "about-topic": "Topic",
        "about-reviewed": "Reviewed",
        "about-next-review": "Next review",
        "about-based-on": "The information is based on:",
        "about-copy": "This copy",
        "about-code": "Leaflet code:",
        "about-version": "Version:",
        "about-printed": "Printed:",
    ]

    /// The keys the file must have, and no others.
    public static let keys = ["lang"] + englishWording.map(\.key)

    /// The language of the wording, and of the content folder's glossary.
    public var language: LanguageTag
    /// Each key's wording, as written (see ``englishWording``).
    private var wording: [String: String]

    /// British English, for content folders without a strings file.
    public static let english = HandoutStrings(
        language: .british, wording: Dictionary(uniqueKeysWithValues: englishWording.map { ($0.key, $0.value) }))

    /// The wording of `key`, one of ``keys``.
    public subscript(key: String) -> String {
        guard let value = wording[key] else { preconditionFailure("'\(key)' is not a strings.yaml key") }
        return value
    }

    /// The wording of `key` with each `{placeholder}` replaced by its value.
    public func filling(_ key: String, _ values: KeyValuePairs<String, String>) -> String {
        values.reduce(self[key]) { text, value in text.replacingOccurrences(of: "{\(value.key)}", with: value.value) }
    }

    /// The title of a handout with several topics and no collection.
    public var title: String { self["title"] }
    public var contents: String { self["contents"] }
    public var glossary: String { self["glossary"] }
    /// A glossary entry's reference to one page, with `{pages}` where the number goes.
    public var seePage: String { self["see-page"] }
    /// A reference to several pages, with `{pages}` where the list goes.
    public var seePages: String { self["see-pages"] }
    /// The word before the last page in a list ("3, 5 and 9").
    public var and: String { self["and"] }
    public var questionsTitle: String { self["questions-title"] }
    public var questionsIntro: String { self["questions-intro"] }
    /// The heading of the page of writing lines that pads a booklet.
    public var notesTitle: String { self["notes-title"] }
    /// The heading of the "About this leaflet" page.
    public var aboutTitle: String { self["about-title"] }
    /// The heading (and recording chapter) of the personal details.
    public var detailsTitle: String { self["details-title"] }

    /// The footer for page `page` of `pages`.
    public func footer(page: Int, of pages: Int) -> String {
        filling("page-footer", ["page": String(page), "pages": String(pages)])
    }

    /// "a, b or c": `items` joined by the list separator, with the word for "or" before the last.
    public func alternatives(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.joined() }
        return items.dropLast().joined(separator: self["list-separator"]) + " " + self["or"] + " " + last
    }

    /// Reads a strings file; a missing, empty or unknown key, or a placeholder left out, is an
    /// error naming the file, line and key.
    public static func load(_ text: String, file: String) throws -> HandoutStrings {
        let fields = try YAMLFields.parse(text, file: file)
        try fields.rejectUnknownKeys(allowed: keys)
        for key in keys where !fields.has(key) {
            throw ContentError(file: file, line: 1, key: key, "missing; a strings file needs all of \(keys.joined(separator: ", "))")
        }
        func line(_ key: String) throws -> String {
            // Only the list separator keeps its spaces ("، " in Arabic, ", " in English, "、" in Chinese).
            let raw = try fields.string(key)
            let value = key == "list-separator" ? raw : raw.trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty, !value.contains(where: \.isNewline) else { throw fields.error(key, "must be one line of text") }
            return value
        }
        let lang = try line("lang")
        guard let language = LanguageTag(lang) else {
            throw fields.error("lang", "'\(lang)' is not a BCP 47 language tag such as en-GB, cy or pl")
        }
        var wording: [String: String] = [:]
        for (key, english) in englishWording {
            let value = try line(key)
            let missing = placeholders(in: english).filter { !value.contains($0) }
            guard missing.isEmpty else {
                throw fields.error(key, "must contain \(missing.joined(separator: " and ")), as in \"\(english)\"")
            }
            wording[key] = value
        }
        return HandoutStrings(language: language, wording: wording)
    }

    /// The `{name}` placeholders in `text`, in order.
    private static func placeholders(in text: String) -> [String] {
        text.matches(of: /\{[a-z]+\}/).map { String($0.output) }
    }
}

import Caching
import Foundation
import Mustache

/// A topic body with Mustache placeholders, parsed once and filled in per person.
///
/// Bodies without placeholders are parsed to blocks once and shared.
public struct BodyTemplate: Sendable {
    private let template: MustacheTemplate
    private let file: String
    /// The line of the file where the body starts, minus one.
    let lineOffset: Int
    /// The blocks, when the body has no placeholders.
    private let fixedBlocks: [Block]?
    /// The Markdown source, placeholders and all.
    public let source: String

    /// Parses `source`; `file` and `lineOffset` place errors in the file it came from.
    public init(_ source: String, file: String, lineOffset: Int) throws {
        self.source = source
        placeholderNames = Self.placeholderNames(in: source)
        self.file = file
        self.lineOffset = lineOffset
        do {
            template = try MustacheTemplate(string: MarkdownTextContentType.pragma + source)
        } catch let error as MustacheTemplate.ParserError {
            if let open = Self.unclosedSection(in: source) {
                throw ContentError(
                    file: file, line: open.line + lineOffset, "placeholder section {{#\(open.name)}} is never closed")
            }
            throw ContentError(
                file: file, line: error.context.lineNumber + lineOffset,
                "broken placeholder: \(error.error) in “\(error.context.line.trimmingCharacters(in: .whitespaces))”")
        }
        let parser = MarkdownParser(file: file, lineOffset: lineOffset)
        if source.contains("{{") {
            fixedBlocks = nil
            _ = try parser.parse(template.render(PersonalDetails.none.mustacheContext(date: nil)))
        } else {
            fixedBlocks = try parser.parse(source)
        }
    }

    /// The line of the file where `text` (a character or word of the Markdown) first appears in
    /// the body, for messages about text found later; nil if the body does not hold it (it came
    /// from a personal detail, say).
    public func line(containing text: String) -> Int? {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.firstIndex { $0.contains(text) }.map { lineOffset + $0 + 1 }
    }

    /// Whether the body has placeholders, so its blocks depend on the details.
    public var hasPlaceholders: Bool { fixedBlocks == nil }

    /// What of `details` and `date` the blocks can depend on: the details whose first part
    /// ("clinic" of `clinic.phone`) starts the name of a placeholder, and the date if one is
    /// named `date`. A placeholder reaches a value only through a name that starts with its first
    /// part (`{{clinic.phone}}`, `{{#clinic}}…{{/clinic}}`, `{{#primary_is.bowel}}`), so the
    /// blocks are the same for any two inputs with the same answer.
    func dependence(on details: PersonalDetails, date: CalendarDay?) -> PlaceholderValues {
        guard hasPlaceholders else { return PlaceholderValues(values: [:], date: nil) }
        let roots = placeholderNames.map { $0.prefix { $0 != "." } }
        let values = details.values.filter { key, _ in
            let root = key.prefix { $0 != "." }
            return roots.contains { $0.hasPrefix(root) }
        }
        return PlaceholderValues(values: values, date: roots.contains { $0.hasPrefix("date") } ? date : nil)
    }

    /// The placeholder names used, e.g. `clinic.phone`, in order of first use.
    public let placeholderNames: [String]

    /// The placeholder names in `source`, in order of first use.
    static func placeholderNames(in source: String) -> [String] {
        var names: [String] = []
        var rest = source[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: "#^/&{} "))
            if !name.isEmpty, !names.contains(name) { names.append(name) }
            rest = rest[close.upperBound...]
        }
        return names
    }

    /// The first `{{#name}}` or `{{^name}}` with no matching `{{/name}}`, and its line.
    static func unclosedSection(in source: String) -> (name: String, line: Int)? {
        var open: [(name: String, line: Int)] = []
        for (number, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let start = rest.range(of: "{{"), let end = rest[start.upperBound...].range(of: "}}") {
                let tag = rest[start.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespaces)
                if let kind = tag.first, kind == "#" || kind == "^" {
                    open.append((tag.dropFirst().trimmingCharacters(in: .whitespaces), number + 1))
                } else if tag.first == "/", let index = open.lastIndex(where: { $0.name == tag.dropFirst().trimmingCharacters(in: .whitespaces) }) {
                    open.remove(at: index)
                }
                rest = rest[end.upperBound...]
            }
        }
        return open.first
    }

    /// The blocks with `details` (and the handout's `date`, if given, written out in `language`) filled in.
    public func blocks(for details: PersonalDetails, date: CalendarDay? = nil, language: LanguageTag = .british) throws -> [Block] {
        if let fixedBlocks { return fixedBlocks }
        let markdown = template.render(details.mustacheContext(date: date, language: language))
        return try MarkdownParser(file: file, lineOffset: lineOffset).parse(markdown)
    }
}

/// The personal details and date a body's blocks depend on (see ``BodyTemplate/dependence(on:date:)``).
/// Values are kept as exact scalars, so a section filled in with one spelling of a name is never
/// reused for another that is only canonically equivalent.
struct PlaceholderValues: Hashable {
    private var values: [String: ExactText]
    var date: CalendarDay?

    init(values: [String: String], date: CalendarDay?) {
        self.values = values.mapValues(ExactText.init)
        self.date = date
    }
}

/// Escapes every ASCII punctuation character of a value, so in Markdown it is only ever text.
struct MarkdownTextContentType: MustacheContentType {
    static let name = "MARKDOWN_TEXT"
    private static let registered: Void = MustacheContentTypes.register(MarkdownTextContentType(), named: name)

    /// Put in front of a template to make its `{{value}}`s escaped as Markdown text.
    static var pragma: String {
        _ = registered
        return "{{% CONTENT_TYPE: \(name)}}"
    }

    func escapeText(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character.isASCII, character.isPunctuation || character.isSymbol {
                escaped.append("\\")
            }
            escaped.append(character)
        }
        return escaped
    }
}

import Document
import Foundation
import Typesetting

/// No boxes, ever: every character a handout can print must have a glyph in some font of the
/// font set. Content is checked line by line once, when it loads; personal details and titles
/// are checked for each request. A character no font has is an error naming the file and line,
/// or the field, never a .notdef box on paper.
struct GlyphCoverage {
    let fonts: FontSet

    /// Checks every line of the content folder's topics, glossary, cover and collections.
    func check(_ library: ContentLibrary) throws {
        var problems: [ContentError] = []
        let languages = Dictionary(library.topics.map { ($0.file, $0.language.value) }, uniquingKeysWith: { first, _ in first })
        var files = library.topics.map(\.file) + ["glossary.yaml", "cover.md", HandoutStrings.fileName]
        let collections = library.directory.appendingPathComponent("collections")
        files += ((try? FileManager.default.contentsOfDirectory(atPath: collections.path)) ?? []).sorted().map { "collections/\($0)" }
        for name in files {
            let url = library.directory.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let language = languages[name] ?? LanguageTag.british.value
            if fonts.firstUncovered(in: text, language: language) == nil { continue }
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if let character = fonts.firstUncovered(in: line, language: language) {
                    problems.append(ContentError(file: name, line: number + 1, Self.describe(character)))
                }
            }
        }
        if !problems.isEmpty { throw ContentProblems(errors: problems) }
    }

    /// Checks a request's personal details and title; the error names the field, never its value.
    func check(_ details: PersonalDetails, title: String?) throws {
        for (key, value) in details.values.sorted(by: { $0.key < $1.key }) {
            if let character = fonts.firstUncovered(in: value, language: LanguageTag.british.value) {
                throw HandoutError("\(key): \(Self.describeScript(of: character))")
            }
        }
        if let title, let character = fonts.firstUncovered(in: title, language: LanguageTag.british.value) {
            throw HandoutError("--title: \(Self.describe(character))")
        }
    }

    /// What is wrong with content `character`, by its code point.
    static func describe(_ character: Character) -> String {
        let codes = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
        return "no font has a glyph for \(codes.joined(separator: " ")) (\(FontSet.scriptName(of: character))); "
            + "add a font for it to Fonts/\(FontSet.catalogueFileName)"
    }

    /// What is wrong with a personal detail, naming only the script of the character, not the character.
    static func describeScript(of character: Character) -> String {
        "has a character in the \(FontSet.scriptName(of: character)) script that no font can print; "
            + "add a font for it to Fonts/\(FontSet.catalogueFileName)"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

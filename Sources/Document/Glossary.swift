import Foundation

/// A term explained at the end of a handout.
public struct GlossaryEntry: Sendable, Equatable {
    public var term: String
    /// The words an abbreviation stands for.
    public var expansion: String?
    /// One plain-English sentence.
    public var definition: String
    /// Other forms that count as a use of the term (plurals, adjectives).
    public var also: [String]

    public init(term: String, expansion: String? = nil, definition: String, also: [String] = []) {
        self.term = term
        self.expansion = expansion
        self.definition = definition
        self.also = also
    }

    /// Abbreviations such as `CT` match case-sensitively; other terms match in any case.
    public var isAbbreviation: Bool { term.filter(\.isUppercase).count >= 2 }

    /// Whether `text` uses the term or one of its other forms as whole words (a plural "s" allowed).
    public func isUsed(in text: String) -> Bool {
        ([term] + also).contains { WholeWords.contains(text, $0, caseSensitive: isAbbreviation) }
    }

    /// The name of the entry's place in a handout, which links to it use: `glossary-` and the
    /// term in lower case with every run of other characters than a-z and 0-9 as one `-`.
    public var anchor: String { "glossary-" + Self.slug(term) }

    static func slug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        return slug.hasSuffix("-") ? String(slug.dropLast()) : slug
    }
}

/// The glossary of a content library.
public struct Glossary: Sendable {
    public var entries: [GlossaryEntry]

    public init(entries: [GlossaryEntry]) { self.entries = entries }

    /// The entries used anywhere in `texts`, in alphabetical order.
    public func entries(usedIn texts: [String]) -> [GlossaryEntry] {
        entries.filter { entry in texts.contains { entry.isUsed(in: $0) } }
            .sorted { $0.term.localizedCaseInsensitiveCompare($1.term) == .orderedAscending }
    }

    static let keys = ["term", "expansion", "definition", "also"]

    /// Reads a YAML list of entries.
    static func load(_ text: String, file: String) throws -> Glossary {
        guard let list = try YAMLFields.composeNode(text, file: file)?.sequence else {
            throw ContentError(file: file, line: 1, "expected a list of glossary entries")
        }
        var seen: Set<String> = []
        let entries = try list.map { node in
            guard let mapping = node.mapping else {
                throw ContentError(file: file, line: node.mark?.line, "expected an entry with term and definition")
            }
            let fields = YAMLFields(file: file, mapping: mapping, lineOffset: 0, path: "")
            try fields.rejectUnknownKeys(allowed: keys)
            let term = try fields.string("term")
            guard seen.insert(GlossaryEntry.slug(term)).inserted else {
                throw fields.error("term", "'\(term)' is defined twice")
            }
            return GlossaryEntry(
                term: term, expansion: try fields.optionalString("expansion"),
                definition: try fields.string("definition"),
                also: fields.has("also") ? try fields.stringList("also") : [])
        }
        return Glossary(entries: entries)
    }
}

/// Whole-word search, for glossary terms and abbreviations.
enum WholeWords {
    /// Whether `phrase` occurs in `text` with no letter or digit touching either end,
    /// except a plural "s" or "es" after it.
    static func contains(_ text: String, _ phrase: String, caseSensitive: Bool) -> Bool {
        firstRange(of: phrase, in: text, from: text.startIndex, caseSensitive: caseSensitive) != nil
    }

    /// Every whole-word use of `phrase` in `text`, a plural ending included, in order.
    static func ranges(of phrase: String, in text: String, caseSensitive: Bool) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        while let found = firstRange(of: phrase, in: text, from: ranges.last?.upperBound ?? text.startIndex, caseSensitive: caseSensitive) {
            ranges.append(found)
        }
        return ranges
    }

    /// The first whole-word use of `phrase` at or after `start`, with its plural ending.
    private static func firstRange(
        of phrase: String, in text: String, from start: String.Index, caseSensitive: Bool
    ) -> Range<String.Index>? {
        let options: String.CompareOptions = caseSensitive ? [] : [.caseInsensitive]
        var searchRange = start..<text.endIndex
        while let found = text.range(of: phrase, options: options, range: searchRange) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            if !isWordCharacter(before), let ending = wordEnding(text[found.upperBound...]) {
                return found.lowerBound..<text.index(found.upperBound, offsetBy: ending)
            }
            searchRange = found.upperBound..<text.endIndex
        }
        return nil
    }

    /// How many characters of `rest` finish the word: none at a word end, or a plural ending
    /// and then a word end; nil when the word goes on.
    private static func wordEnding(_ rest: Substring) -> Int? {
        ["", "s", "es"].first { suffix in rest.hasPrefix(suffix) && !isWordCharacter(rest.dropFirst(suffix.count).first) }?.count
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber
    }
}

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
    /// The line of the entry's term in glossary.yaml, for messages.
    var line: Int?

    public init(term: String, expansion: String? = nil, definition: String, also: [String] = []) {
        self.term = term
        self.expansion = expansion
        self.definition = definition
        self.also = also
    }

    /// Abbreviations such as `CT` match case-sensitively; other terms match in any case.
    public var isAbbreviation: Bool { term.filter(\.isUppercase).count >= 2 }

    /// Whether `text` uses the term or one of its other forms as whole words (a plural "s" allowed).
    public func isUsed(in text: String) -> Bool { isUsed(in: WordIndex(text)) }

    /// Whether the indexed text uses the term or one of its other forms.
    public func isUsed(in index: WordIndex) -> Bool {
        ([term] + also).contains { index.contains($0, caseSensitive: isAbbreviation) }
    }

    /// Where `text` uses the term or one of its other forms, as ``isUsed(in:)`` matches them.
    func uses(in text: String) -> [Range<String.Index>] {
        ([term] + also).flatMap { WholeWords.ranges(of: $0, in: text, caseSensitive: isAbbreviation) }
    }
}

/// The glossary of a content library.
public struct Glossary: Sendable {
    public var entries: [GlossaryEntry]

    public init(entries: [GlossaryEntry]) { self.entries = entries }

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
            guard seen.insert(term.lowercased()).inserted else {
                throw fields.error("term", "'\(term)' is defined twice")
            }
            var entry = GlossaryEntry(
                term: term, expansion: try fields.optionalString("expansion"),
                definition: try fields.string("definition"),
                also: fields.has("also") ? try fields.stringList("also") : [])
            entry.line = fields.line(of: mapping["term"])
            return entry
        }
        return Glossary(entries: entries)
    }
}

/// Whole-word search, for glossary terms and abbreviations.
enum WholeWords {
    /// Every occurrence of `phrase` in `text` with no letter or digit touching either end, except a
    /// plural "s" or "es" after it (which is not part of the range); only the first if `first` is true.
    static func ranges(
        of phrase: String, in text: String, caseSensitive: Bool, first: Bool = false
    ) -> [Range<String.Index>] {
        let options: String.CompareOptions = caseSensitive ? [] : [.caseInsensitive]
        var found: [Range<String.Index>] = []
        var searchRange = text.startIndex..<text.endIndex
        while let match = text.range(of: phrase, options: options, range: searchRange) {
            let before = match.lowerBound == text.startIndex ? nil : text[text.index(before: match.lowerBound)]
            if !isWordCharacter(before), endsWord(text[match.upperBound...]) {
                found.append(match)
                if first { break }
            }
            searchRange = match.upperBound..<text.endIndex
        }
        return found
    }

    /// Whether `rest` starts at a word end, or with a plural ending and then a word end.
    private static func endsWord(_ rest: Substring) -> Bool {
        ["", "s", "es"].contains { suffix in rest.hasPrefix(suffix) && !isWordCharacter(rest.dropFirst(suffix.count).first) }
    }

    static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber
    }
}

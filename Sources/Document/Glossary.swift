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
    public internal(set) var line: Int?

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
        !TermFinder([self]).uses(in: text).isEmpty
    }

    /// Where `text` uses the term or one of its other forms, as ``isUsed(in:)`` finds them.
    func uses(in text: String) -> [Range<String.Index>] {
        let scalars = text.unicodeScalars
        return TermFinder([self]).uses(in: text).map { use in
            let start = scalars.index(scalars.startIndex, offsetBy: use.range.lowerBound)
            return start..<scalars.index(start, offsetBy: use.range.count)
        }
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
        let finder = TermFinder(entries)
        let used = Set(texts.flatMap { finder.uses(in: $0).map(\.entry) })
        return Self.alphabetical(used.map { entries[$0] })
    }

    /// `entries` in alphabetical order of their terms, ignoring case.
    static func alphabetical(_ entries: [GlossaryEntry]) -> [GlossaryEntry] {
        entries.map { ($0.term.lowercased(), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
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

/// Word characters, for glossary terms and abbreviations.
enum WholeWords {
    static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber
    }
}

import Yams

/// Reads typed fields from one YAML mapping, turning every problem into a ``ContentError``
/// that names the file, the line and the key.
struct YAMLFields {
    let file: String
    let mapping: Node.Mapping
    /// Added to Yams' line numbers when the YAML sits inside a larger file (front matter).
    let lineOffset: Int
    /// The key path of this mapping inside the document, e.g. `page.margins`.
    let path: String

    /// Parses `text` and requires a mapping at the top.
    static func parse(_ text: String, file: String, lineOffset: Int = 0) throws -> YAMLFields {
        let node = try composeNode(text, file: file, lineOffset: lineOffset)
        guard let mapping = node?.mapping else {
            throw ContentError(file: file, line: lineOffset + 1, "expected a YAML mapping of keys and values")
        }
        return YAMLFields(file: file, mapping: mapping, lineOffset: lineOffset, path: "")
    }

    /// Parses `text` into a node, reporting syntax errors with their line.
    static func composeNode(_ text: String, file: String, lineOffset: Int = 0) throws -> Node? {
        do {
            // Fields are read as strings and converted here, so tags never need resolving by pattern.
            return try Yams.compose(yaml: text, .basic)
        } catch let YamlError.scanner(_, problem, mark, _),
            let YamlError.parser(_, problem, mark, _),
            let YamlError.composer(_, problem, mark, _)
        {
            throw ContentError(file: file, line: mark.line + lineOffset, "YAML syntax error: \(problem)")
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            let key = duplicates.sorted().first ?? "?"
            let first = context.mark.line
            let repeated = repeatedKeyLine(key, in: text, after: first, column: context.mark.column) ?? first
            throw ContentError(
                file: file, line: repeated + lineOffset, key: key, "this key appears twice in one mapping (first on line \(first + lineOffset))")
        } catch {
            // Never the error's own text: Yams puts the whole document in some of them.
            throw ContentError(file: file, line: lineOffset + 1, "YAML could not be read")
        }
    }

    /// The line (from 1) after `first` where `key` starts a line at the same `column` (from 1) as
    /// its first use: the duplicate Yams found but does not place.
    private static func repeatedKeyLine(_ key: String, in text: String, after first: Int, column: Int) -> Int? {
        let indent = String(repeating: " ", count: max(0, column - 1))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.indices.dropFirst(first).first { index in
            let line = lines[index]
            guard line.hasPrefix(indent) else { return false }
            let rest = line.dropFirst(indent.count)
            return rest.hasPrefix(key) && rest.dropFirst(key.count).drop { $0 == " " }.first == ":"
                || rest.hasPrefix("\"\(key)\"") || rest.hasPrefix("'\(key)'")
        }.map { $0 + 1 }
    }

    func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func line(of node: Node?) -> Int? { (node?.mark ?? mapping.mark).map { $0.line + lineOffset } }

    func error(_ key: String, _ message: String, at node: Node? = nil) -> ContentError {
        ContentError(file: file, line: line(of: node ?? mapping[key]), key: keyPath(key), message)
    }

    /// Fails on any key not in `allowed`, suggesting the allowed ones.
    func rejectUnknownKeys(allowed: [String]) throws {
        for (key, _) in mapping {
            guard let name = key.string, allowed.contains(name) else {
                let name = key.string ?? "?"
                throw ContentError(
                    file: file, line: line(of: key), key: keyPath(name),
                    "unknown key; allowed keys are \(allowed.joined(separator: ", "))")
            }
        }
    }

    func has(_ key: String) -> Bool { mapping[key] != nil }

    /// The line of each key of the mapping.
    var keyLines: [String: Int] {
        var lines: [String: Int] = [:]
        for (key, _) in mapping {
            if let name = key.string, let line = line(of: key) { lines[name] = line }
        }
        return lines
    }

    func node(_ key: String) throws -> Node {
        guard let node = mapping[key] else { throw error(key, "missing required key") }
        return node
    }

    func string(_ key: String) throws -> String {
        let node = try node(key)
        guard let scalar = node.scalar, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty, !Self.isNull(scalar) else {
            throw error(key, "expected some text", at: node)
        }
        return scalar.string
    }

    /// Whether `scalar` is YAML's null written plainly (`~`, `null`): no text, though the
    /// fields are read without resolving tags. Quoted, `"~"` is text.
    static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func optionalString(_ key: String) throws -> String? {
        has(key) ? try string(key) : nil
    }

    func int(_ key: String, in range: ClosedRange<Int>? = nil) throws -> Int {
        let node = try node(key)
        guard let value = node.scalar.flatMap({ Int($0.string) }) else {
            throw error(key, "expected a whole number", at: node)
        }
        if let range, !range.contains(value) {
            throw error(key, "must be between \(range.lowerBound) and \(range.upperBound), got \(value)", at: node)
        }
        return value
    }

    /// The number under `key`, checked by `rule` (see ``NumberRule``).
    func number(_ key: String, _ rule: NumberRule) throws -> Double {
        let node = try node(key)
        guard let value = node.scalar.flatMap({ rule.value($0.string) }) else {
            throw error(key, "must be \(rule.requirement)", at: node)
        }
        return value
    }

    func bool(_ key: String) throws -> Bool {
        let node = try node(key)
        guard let value = node.bool else { throw error(key, "expected true or false", at: node) }
        return value
    }

    /// The value of an optional true/false key, or `defaultValue` when it is absent.
    func bool(_ key: String, default defaultValue: Bool) throws -> Bool {
        has(key) ? try bool(key) : defaultValue
    }

    func stringList(_ key: String) throws -> [String] {
        let node = try node(key)
        guard let items = node.sequence else { throw error(key, "expected a list", at: node) }
        return try items.map { item in
            guard let scalar = item.scalar, !scalar.string.isEmpty, !Self.isNull(scalar) else {
                throw error(key, "expected a list of text items", at: item)
            }
            return scalar.string
        }
    }

    func day(_ key: String) throws -> CalendarDay {
        let node = try node(key)
        guard let value = node.scalar.flatMap({ CalendarDay($0.string) }) else {
            throw error(key, "expected a date written YYYY-MM-DD", at: node)
        }
        return value
    }

    /// One of `choices`, spelled exactly.
    func choice(_ key: String, from choices: [String]) throws -> String {
        let value = try string(key)
        guard choices.contains(value) else {
            throw error(key, "'\(value)' is not allowed; use one of \(choices.joined(separator: ", "))")
        }
        return value
    }

    /// The nested mapping under `key`.
    func nested(_ key: String) throws -> YAMLFields {
        let node = try node(key)
        guard let mapping = node.mapping else { throw error(key, "expected a mapping of keys and values", at: node) }
        return YAMLFields(file: file, mapping: mapping, lineOffset: lineOffset, path: keyPath(key))
    }
}

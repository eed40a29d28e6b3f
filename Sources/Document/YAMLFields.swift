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
        } catch {
            throw ContentError(file: file, line: lineOffset + 1, "YAML could not be read: \(error)")
        }
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
        guard let value = node.scalar?.string, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw error(key, "expected some text", at: node)
        }
        return value
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

    func number(_ key: String, in range: ClosedRange<Double>) throws -> Double {
        let node = try node(key)
        guard let value = node.scalar.flatMap({ Double($0.string) }), value.isFinite else {
            throw error(key, "expected a number", at: node)
        }
        guard range.contains(value) else {
            throw error(key, "must be between \(range.lowerBound.formatted) and \(range.upperBound.formatted), got \(value.formatted)", at: node)
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
            guard let value = item.scalar?.string, !value.isEmpty else {
                throw error(key, "expected a list of text items", at: item)
            }
            return value
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

extension Double {
    /// Prints whole numbers without a decimal point.
    var formatted: String { rounded() == self ? String(Int(self)) : String(self) }
}

/// A Mustache tag such as `{{clinic.phone}}` or `{{#nurse.name}}` on one line of a topic.
struct PlaceholderTag {
    /// Where the tag, braces included, sits in the line.
    var range: Range<String.Index>
    /// The key, without the section marks `#`, `^`, `/` or `&`, e.g. `nurse.name`.
    var name: String
    /// Whether the tag is a comment, `{{! ...}}`, which has no key.
    var isComment: Bool

    /// The tags on `line`, left to right; an unclosed `{{` ends the search.
    static func tags(in line: String) -> [PlaceholderTag] {
        var tags: [PlaceholderTag] = []
        var rest = line.startIndex..<line.endIndex
        while let open = line.range(of: "{{", range: rest),
            let close = line.range(of: "}}", range: open.upperBound..<line.endIndex)
        {
            var inside = line[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            let isComment = inside.hasPrefix("!")
            if let mark = inside.first, "#^/&{".contains(mark) { inside.removeFirst() }
            let name = inside.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "}")))
            tags.append(PlaceholderTag(range: open.lowerBound..<close.upperBound, name: name, isComment: isComment))
            rest = close.upperBound..<line.endIndex
        }
        return tags
    }
}

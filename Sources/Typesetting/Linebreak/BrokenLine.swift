/// One line of a paragraph, broken and ready to assemble.
struct BrokenLine {
    /// The words on the line, or pieces of words where a line breaks inside one.
    var words: [Word]
    /// Whether the word spaces stretch or shrink to fill the measure exactly (justified text:
    /// all but the last line of a paragraph, and that one too if it had to shrink to fit).
    var justified = false
    /// The paragraph's last line, or a line ending in a hard break: it may be as short as it likes.
    var isLast: Bool
    /// Whether the paragraph reads right to left: the line is reordered and set against the right edge.
    var rightToLeft = false

    /// Whether the line ends with a hyphen: at a hyphenation point, or after a hyphen in the text.
    var endsWithHyphen: Bool { !isLast && (words.last?.joint.endsLineWithHyphen ?? false) }
}

/// Why a handout could not be put into braille, and which part of it is at fault. The
/// facade turns ``place`` into a file and line.
public struct BrailleError: Error, Equatable {
    public enum Problem: Sendable, Equatable {
        /// A character the braille table has no braille for.
        case untranslatable(Unicode.Scalar, table: String)
        /// A word longer than a braille line, with no hyphen to break it at.
        case wordTooLong(word: String, cells: Int, width: Int)
        /// liblouis could not load the table (liblouis-data missing).
        case tableUnavailable(String)
    }

    public var place: BraillePlace
    public var problem: Problem

    /// What went wrong, without the place; `quoting` false leaves out the character itself
    /// (for text that may be a personal detail).
    public func message(quoting: Bool = true) -> String {
        switch problem {
        case let .untranslatable(scalar, table):
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            return "the character \(quoting ? "'\(scalar)' " : "")(\(code)) has no braille in \(table); write it another way"
        case let .wordTooLong(_, cells, width):
            return "a word is \(cells) cells long in braille and does not fit a line of \(width) cells; use more cells (braille: cells:) or add a hyphen"
        case let .tableUnavailable(table):
            return "liblouis cannot load the braille table \(table) (install liblouis20 and liblouis-data)"
        }
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}

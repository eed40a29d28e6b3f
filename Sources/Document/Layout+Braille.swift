extension Layout {
    /// The braille page: cells a line and lines a page, and the grade of braille. The layout
    /// file's optional `braille:` section; without it, ``standard``.
    public struct Braille: Sendable, Equatable {
        /// Uncontracted (grade 1) or contracted (grade 2) Unified English Braille.
        public enum Grade: Int, CaseIterable, Sendable {
            case one = 1
            case two = 2
        }

        /// Braille cells on a line, including indents and the page number.
        public var cells: Int
        /// Lines on a page, including the line with the page number.
        public var lines: Int
        public var grade: Grade

        /// Cells a line may have: fewer leaves no room for a centred heading beside the margins.
        public static let cellRange = 20...50
        /// Lines a page may have.
        public static let lineRange = 10...50

        /// The size embossers and braille displays expect: 40 cells by 25 lines, grade 2.
        public static let standard = Braille(cells: 40, lines: 25, grade: .two)

        public init(cells: Int, lines: Int, grade: Grade) {
            self.cells = cells
            self.lines = lines
            self.grade = grade
        }
    }
}

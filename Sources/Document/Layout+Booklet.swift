extension Layout {
    /// How a layout's pages are imposed for printing as a saddle-stitched booklet: two pages
    /// side by side on each side of a landscape sheet, the sheets folded and stapled at the spine.
    public struct Booklet: Sendable, Equatable {
        /// Whether the pages are imposed on sheets or printed one by one.
        public enum Imposition: String, CaseIterable, Sendable {
            /// Two pages per sheet side in saddle-stitch order, page count padded to a multiple of 4.
            case saddleStitch = "saddle-stitch"
            /// The plain pages in reading order (the reading copy).
            case none
        }

        /// Printer's marks drawn on the sheets.
        public enum Marks: String, CaseIterable, Sendable {
            case none
            /// Short lines at the spine showing where to fold.
            case fold
            /// Fold marks, and crop marks at the corners of the pages (needs paper around them).
            case crop
        }

        public var imposition: Imposition
        /// The paper name of the sheet, as written in the file (A3 or A4, say).
        public var sheet: String
        /// The sheet's size in points, landscape (width is the long side).
        public var sheetWidth: Double
        public var sheetHeight: Double
        /// The thickness of one sheet of paper in points; 0 turns creep compensation off.
        public var paperThickness: Double
        public var marks: Marks

        public init(
            imposition: Imposition, sheet: String, sheetWidth: Double, sheetHeight: Double, paperThickness: Double,
            marks: Marks
        ) {
            self.imposition = imposition
            self.sheet = sheet
            self.sheetWidth = sheetWidth
            self.sheetHeight = sheetHeight
            self.paperThickness = paperThickness
            self.marks = marks
        }
    }

    /// Whether the pages are imposed on booklet sheets rather than printed one by one.
    public var isImposed: Bool { booklet?.imposition == .saddleStitch }
}

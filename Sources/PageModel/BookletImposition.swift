/// Where each page of a saddle-stitched booklet goes on the printed sheets, with creep
/// compensation and printer's marks: pure geometry, for the imposed-sheet renderer.
///
/// Each side of a landscape sheet holds two pages side by side, centred, meeting at the spine.
public struct BookletImposition: Hashable, Sendable {
    public var pageSize: Size
    /// The landscape sheet.
    public var sheetSize: Size
    /// The thickness of one sheet in points; 0 means no creep compensation.
    public var paperThickness: Double
    public var marks: PrintMarks.Kind

    public init(pageSize: Size, sheetSize: Size, paperThickness: Double, marks: PrintMarks.Kind) {
        self.pageSize = pageSize
        self.sheetSize = sheetSize
        self.paperThickness = paperThickness
        self.marks = marks
    }

    /// One page on a sheet side: draw page `pageIndex` (from 0) moved to `cell`'s corner plus
    /// `shift` across, clipped to `cell`.
    public struct Placement: Hashable, Sendable {
        public var pageIndex: Int
        /// The part of the sheet the page occupies; nothing of the page is drawn outside it.
        public var cell: Rect
        /// Creep compensation: how far the page's content moves across, toward the spine.
        public var shift: Double
    }

    /// One printed side of a sheet.
    public struct SheetSide: Hashable, Sendable {
        public var side: SaddleStitch.Side
        /// The left page, then the right page.
        public var placements: [Placement]
        /// Fold and crop marks, in sheet coordinates.
        public var marks: [PageItem]
    }

    /// The area the two pages of a side cover, centred on the sheet.
    public var spread: Rect {
        Rect(
            x: (sheetSize.width - 2 * pageSize.width) / 2, y: (sheetSize.height - pageSize.height) / 2,
            width: 2 * pageSize.width, height: pageSize.height)
    }

    /// The sheet sides, in printing order, for a booklet of `pageCount` pages (a multiple of 4).
    public func sides(pageCount: Int) -> [SheetSide] {
        let booklet = SaddleStitch(pages: pageCount)
        let area = spread
        let markItems = PrintMarks(kind: marks).items(around: area, on: sheetSize)
        return booklet.sides.map { side in
            let shift = booklet.creepShift(sheet: side.sheet, paperThickness: paperThickness)
            let left = Rect(x: area.minX, y: area.minY, width: pageSize.width, height: pageSize.height)
            let right = Rect(x: area.minX + pageSize.width, y: area.minY, width: pageSize.width, height: pageSize.height)
            return SheetSide(
                side: side,
                placements: [
                    Placement(pageIndex: side.leftPage - 1, cell: left, shift: shift),
                    Placement(pageIndex: side.rightPage - 1, cell: right, shift: -shift),
                ],
                marks: markItems)
        }
    }
}

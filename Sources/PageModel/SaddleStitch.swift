/// The page order of a saddle-stitched booklet: sheets printed on both sides with two pages
/// each, nested, folded in the middle and stapled along the fold.
///
/// With N pages (a multiple of 4) the two pages on one side of a sheet add up to N + 1. Sheet 0 is
/// the outermost; for 16 pages the sides are 16,1 / 2,15 / 14,3 / 4,13 / 12,5 / 6,11 / 10,7 / 8,9.
/// Pure value math, so it is tested without drawing anything.
public struct SaddleStitch: Hashable, Sendable {
    /// The number of pages in the booklet: always a multiple of 4, at least 4.
    public let pageCount: Int

    /// A booklet for `pages` pages of content; the count is padded up to a multiple of 4.
    public init(pages: Int) {
        pageCount = Self.paddedPageCount(pages)
    }

    /// `count` rounded up to a multiple of 4 (at least 4).
    public static func paddedPageCount(_ count: Int) -> Int {
        max(4, (count + 3) / 4 * 4)
    }

    /// The number of sheets of paper.
    public var sheetCount: Int { pageCount / 4 }

    /// One printed side of a sheet: which pages sit left and right of the fold (numbered from 1).
    public struct Side: Hashable, Sendable {
        /// 0 is the outermost sheet.
        public var sheet: Int
        public var isFront: Bool
        public var leftPage: Int
        public var rightPage: Int

        public init(sheet: Int, isFront: Bool, leftPage: Int, rightPage: Int) {
            self.sheet = sheet
            self.isFront = isFront
            self.leftPage = leftPage
            self.rightPage = rightPage
        }
    }

    /// The sides in printing order: sheet 0 front, sheet 0 back, sheet 1 front, ...
    ///
    /// The back of a sheet is printed so that turning it over about its short edge puts each
    /// back page behind its front neighbour: page 2 behind page 1.
    public var sides: [Side] {
        (0..<sheetCount).flatMap { sheet -> [Side] in
            let outer = 2 * sheet
            return [
                Side(sheet: sheet, isFront: true, leftPage: pageCount - outer, rightPage: outer + 1),
                Side(sheet: sheet, isFront: false, leftPage: outer + 2, rightPage: pageCount - outer - 1),
            ]
        }
    }

    /// How far the pages of `sheet` move toward the spine to cancel creep, in the units of
    /// `paperThickness`.
    ///
    /// Folded sheets nest, so each sheet's fore edge sticks out past the one around it by about one
    /// paper thickness. Sheet k (k sheets folded around it) has its pages moved k thicknesses toward
    /// the spine; once the fore edge is trimmed flush, every page has the same outer margin.
    public func creepShift(sheet: Int, paperThickness: Double) -> Double {
        Double(sheet) * paperThickness
    }
}

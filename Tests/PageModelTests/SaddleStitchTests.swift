import Testing
@testable import PageModel

@Suite struct SaddleStitchTests {
    /// Left and right page numbers of each side, in printing order.
    func order(_ pages: Int) -> [[Int]] {
        SaddleStitch(pages: pages).sides.map { [$0.leftPage, $0.rightPage] }
    }

    @Test func pageOrderFor4To16Pages() {
        #expect(order(4) == [[4, 1], [2, 3]])
        #expect(order(8) == [[8, 1], [2, 7], [6, 3], [4, 5]])
        #expect(order(12) == [[12, 1], [2, 11], [10, 3], [4, 9], [8, 5], [6, 7]])
        #expect(order(16) == [[16, 1], [2, 15], [14, 3], [4, 13], [12, 5], [6, 11], [10, 7], [8, 9]])
    }

    @Test(arguments: [4, 8, 12, 16, 40, 64])
    func everyPageIsPrintedOnceAndEachSideAddsUpToNPlus1(pages: Int) {
        let booklet = SaddleStitch(pages: pages)
        #expect(booklet.sheetCount == pages / 4)
        #expect(booklet.sides.count == pages / 2)
        for side in booklet.sides { #expect(side.leftPage + side.rightPage == pages + 1) }
        #expect(booklet.sides.flatMap { [$0.leftPage, $0.rightPage] }.sorted() == Array(1...pages))
        // Fronts and backs alternate; each sheet holds four pages.
        #expect(booklet.sides.map(\.isFront) == Array(repeating: [true, false], count: pages / 4).flatMap { $0 })
        #expect(booklet.sides.map(\.sheet) == (0..<pages / 4).flatMap { [$0, $0] })
    }

    @Test func pageCountsArePaddedToAMultipleOf4() {
        #expect([0, 1, 3, 4, 5, 7, 8, 9, 13, 16, 17].map(SaddleStitch.paddedPageCount) == [4, 4, 4, 4, 8, 8, 8, 12, 16, 16, 20])
        #expect(SaddleStitch(pages: 13).pageCount == 16)
    }

    @Test func innerSheetsMoveTowardTheSpineByOneThicknessPerSheetOutsideThem() {
        let booklet = SaddleStitch(pages: 16)
        #expect((0..<4).map { booklet.creepShift(sheet: $0, paperThickness: 0.25) } == [0, 0.25, 0.5, 0.75])
        #expect(booklet.creepShift(sheet: 3, paperThickness: 0) == 0)
    }
}

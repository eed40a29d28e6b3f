import Testing
@testable import Typesetting

/// Column widths as CSS automatic table layout shares them out.
@Suite struct TableColumnsTests {
    let columns = TableColumns(minimum: [40, 60, 20], maximum: [100, 300, 20])

    @Test func whenEveryCellFitsOnOneLineTheRoomIsSharedByTheMaximums() {
        let widths = columns.widths(available: 840)
        #expect(widths == [200, 600, 40])
    }

    @Test func betweenTheTwoEachColumnGetsItsMinimumAndAShareOfWhatItCouldUse() {
        // 120 of minimums, 300 more wanted (60 + 240 + 0), 150 spare: half of each column's want.
        let widths = columns.widths(available: 270)
        #expect(widths == [70, 180, 20])
    }

    @Test func whenEvenTheMinimumsDoNotFitTheyAreScaledDown() {
        #expect(columns.widths(available: 60) == [20, 30, 10])
    }
}

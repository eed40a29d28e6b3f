import Testing
@testable import PageModel

@Suite struct BookletImpositionTests {
    let a5 = Size(width: 419.528, height: 595.276)
    let a4Landscape = Size(width: 841.89, height: 595.276)
    let a3Landscape = Size(width: 1190.551, height: 841.89)

    func rules(_ items: [PageItem]) -> [(from: Point, to: Point)] {
        items.compactMap { if case let .rule(from, to, _, _) = $0 { (from, to) } else { nil } }
    }

    @Test func twoA5PagesFillALandscapeA4SheetAndMeetAtTheSpine() throws {
        let imposition = BookletImposition(pageSize: a5, sheetSize: a4Landscape, paperThickness: 0, marks: .none)
        let sides = imposition.sides(pageCount: 8)
        #expect(sides.count == 4)
        let first = try #require(sides.first)
        #expect(first.placements.map(\.pageIndex) == [7, 0])
        let left = first.placements[0].cell
        let right = first.placements[1].cell
        #expect(abs(left.minX - 1.417) < 0.01 && abs(left.minY) < 0.001, "centred: A4 is 1 mm wider than two A5 pages")
        #expect(abs(left.maxX - right.minX) < 0.001 && abs(right.maxX - (a4Landscape.width - 1.417)) < 0.01)
        #expect(left.size == a5 && right.size == a5)
        #expect(first.marks.isEmpty)
    }

    @Test func creepMovesBothPagesOfInnerSheetsTowardTheSpine() {
        let imposition = BookletImposition(pageSize: a5, sheetSize: a4Landscape, paperThickness: 0.3, marks: .none)
        let sides = imposition.sides(pageCount: 12)
        for side in sides {
            let expected = Double(side.side.sheet) * 0.3
            #expect(abs(side.placements[0].shift - expected) < 1e-9, "left page moves right")
            #expect(abs(side.placements[1].shift + expected) < 1e-9, "right page moves left")
        }
    }

    @Test func foldMarksReachInFromTheEdgeWhenPagesFillTheSheet() {
        let imposition = BookletImposition(pageSize: a5, sheetSize: a4Landscape, paperThickness: 0, marks: .fold)
        let marks = rules(imposition.sides(pageCount: 4)[0].marks)
        #expect(marks.count == 2)
        for mark in marks {
            #expect(abs(mark.from.x - a4Landscape.width / 2) < 0.001 && mark.from.x == mark.to.x, "on the spine")
        }
        #expect(marks[0].from.y == 0 && abs(marks[0].to.y - PrintMarks.insideFoldLength) < 0.001)
        #expect(abs(marks[1].to.y - a4Landscape.height) < 0.001)
    }

    @Test func cropMarksSitOutsideThePagesWithinTheSheet() {
        let imposition = BookletImposition(pageSize: a5, sheetSize: a3Landscape, paperThickness: 0, marks: .crop)
        let spread = imposition.spread
        let marks = rules(imposition.sides(pageCount: 4)[1].marks)
        #expect(marks.count == 2 + 8, "two fold marks, two lines at each of four corners")
        for mark in marks {
            for point in [mark.from, mark.to] {
                #expect(point.x >= 0 && point.x <= a3Landscape.width && point.y >= 0 && point.y <= a3Landscape.height)
                let inside = point.x > spread.minX + 0.001 && point.x < spread.maxX - 0.001
                    && point.y > spread.minY + 0.001 && point.y < spread.maxY - 0.001
                #expect(!inside, "marks never touch the pages: \(point)")
            }
        }
    }
}

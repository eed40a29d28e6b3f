import Testing
@testable import Render

/// Where the post-step looks for each structure element: cairo 1.16 numbers marked content per
/// page, one MCID for each leaf element, in the order the leaves are begun.
@Suite struct ElementPlaceTests {
    typealias Location = PDFPostStep.Location

    /// Document > (P > (Span, Link), H1) on the first page, then a P on the second.
    let places = [
        ElementPlace(page: 0, depth: 1, hasChildren: true),
        ElementPlace(page: 0, depth: 2, hasChildren: true),
        ElementPlace(page: 0, depth: 3),
        ElementPlace(page: 0, depth: 3),
        ElementPlace(page: 0, depth: 2),
        ElementPlace(page: 1, depth: 2),
    ]

    @Test func leavesAreFoundByTheirOwnMCIDOnTheirPage() {
        let located = ElementPlace.locate(places)
        #expect(located[2] == Location(page: 0, markedContent: 0, levelsUp: 0))
        #expect(located[3] == Location(page: 0, markedContent: 1, levelsUp: 0))
        #expect(located[4] == Location(page: 0, markedContent: 2, levelsUp: 0))
        #expect(located[5] == Location(page: 1, markedContent: 0, levelsUp: 0), "numbering starts again on each page")
    }

    @Test func elementsWithChildrenAreFoundAboveTheirFirstLeaf() {
        let located = ElementPlace.locate(places)
        #expect(located[1] == Location(page: 0, markedContent: 0, levelsUp: 1))
        #expect(located[0] == Location(page: 0, markedContent: 0, levelsUp: 2))
    }

    @Test func eachPageCountsItsLeaves() {
        #expect(ElementPlace.markedContentCounts(places, pageCount: 3) == [3, 1, 0])
    }
}

/// Where a structure element stands in the tree cairo 1.16 builds from the tags, so that the
/// post-step finds the few elements it changes from their marked content instead of reading the
/// whole structure tree.
///
/// cairo gives marked content only to leaf elements (those with no element inside), one sequence
/// each, on the page where the element begins, numbered (MCID) from 0 on each page in the order
/// the leaves are begun; the page's entry in the parent tree lists the elements in MCID order.
struct ElementPlace {
    /// The page the element begins on, from 0.
    var page: Int
    /// How many elements are open when it begins, itself included (the Document's is 1).
    var depth: Int
    var hasChildren = false

    /// The location of each element of `places` (in the order begun): a leaf by its own MCID, an
    /// element with children by its first leaf (its first descendant, begun next) and the number
    /// of parents between them.
    static func locate(_ places: [ElementPlace]) -> [PDFPostStep.Location?] {
        var next = [Int](repeating: 0, count: places.map(\.page).max().map { $0 + 1 } ?? 0)
        var mcids = [Int](repeating: 0, count: places.count)
        for (index, place) in places.enumerated() where !place.hasChildren {
            mcids[index] = next[place.page]
            next[place.page] += 1
        }
        var located = [PDFPostStep.Location?](repeating: nil, count: places.count)
        var leaf: Int?
        for index in places.indices.reversed() {
            if !places[index].hasChildren { leaf = index }
            guard let leaf else { continue }
            located[index] = PDFPostStep.Location(
                page: places[leaf].page, markedContent: mcids[leaf], levelsUp: places[leaf].depth - places[index].depth)
        }
        return located
    }

    /// How many MCIDs cairo numbers on each of `pageCount` pages: the leaves begun there.
    static func markedContentCounts(_ places: [ElementPlace], pageCount: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: pageCount)
        for place in places where !place.hasChildren && counts.indices.contains(place.page) { counts[place.page] += 1 }
        return counts
    }
}

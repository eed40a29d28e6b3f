import PageModel

/// Where things landed in one pagination: the page number of every anchor, and the pages each
/// glossary term is used on. Page numbers are as printed: the first page is 1.
struct PageReferences: Equatable {
    private(set) var anchors: [String: Int] = [:]
    /// Ascending, each page once.
    private(set) var termPages: [String: [Int]] = [:]

    /// Nothing known yet (before the first pagination).
    init() {}

    /// Reads the anchors and glossary uses of paginated lines, in one pass over them.
    init(_ pages: [[PlacedLine]]) {
        for (index, page) in pages.enumerated() {
            let number = index + 1
            for placed in page {
                for term in placed.line.glossaryTerms where termPages[term]?.last != number {
                    termPages[term, default: []].append(number)
                }
                for case let .anchor(name, _) in placed.line.items {
                    anchors[name] = number
                }
            }
        }
    }

    /// Records that `anchor` is on page `number`: for a part paginated apart (the About page).
    mutating func place(_ anchor: String, onPage number: Int) {
        anchors[anchor] = number
    }

    /// Drops the glossary terms' pages, keeping the anchors'.
    mutating func forgetTermPages() {
        termPages = [:]
    }
}

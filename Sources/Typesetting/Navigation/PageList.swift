/// Page references as a reader expects them: "See page 3.", "See pages 3, 5–7 and 12.", with
/// no-break spaces so "page" and its number, and "and" and the last number, stay on one line.
enum PageList {
    /// A sentence listing `pages` (ascending), runs of three or more shortened to ranges; empty for none.
    static func sentence(_ pages: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        while index < pages.count {
            var end = index
            while end + 1 < pages.count, pages[end + 1] == pages[end] + 1 { end += 1 }
            if end - index >= 2 {
                parts.append("\(pages[index])–\(pages[end])")
            } else {
                parts += pages[index...end].map(String.init)
            }
            index = end + 1
        }
        switch parts.count {
        case 0: return ""
        case 1 where pages.count == 1: return "See page\u{A0}\(parts[0])."
        case 1: return "See pages\u{A0}\(parts[0])."
        default: return "See pages\u{A0}\(parts.dropLast().joined(separator: ", ")) and\u{A0}\(parts[parts.count - 1])."
        }
    }
}

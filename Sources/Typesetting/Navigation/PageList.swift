import Document

/// Page references as a reader expects them: "See page 3.", "See pages 3, 5–7 and 12.", in the
/// wording of the content folder's strings, with no-break spaces so "page" and its number, and
/// "and" and the last number, stay on one line.
enum PageList {
    /// A sentence listing `pages` (ascending), runs of three or more shortened to ranges; empty for none.
    static func sentence(_ pages: [Int], strings: HandoutStrings = .english) -> String {
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
        func filling(_ template: String, with list: String) -> String {
            template.replacingOccurrences(of: " {pages}", with: "\u{A0}{pages}").replacingOccurrences(of: "{pages}", with: list)
        }
        switch parts.count {
        case 0: return ""
        case 1 where pages.count == 1: return filling(strings.seePage, with: parts[0])
        case 1: return filling(strings.seePages, with: parts[0])
        default:
            return filling(strings.seePages, with: "\(parts.dropLast().joined(separator: ", ")) \(strings.and)\u{A0}\(parts[parts.count - 1])")
        }
    }
}

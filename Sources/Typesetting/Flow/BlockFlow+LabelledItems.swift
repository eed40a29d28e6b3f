import Document
import PageModel

extension BlockFlow {
    /// Adds paragraphs that each open with a bold label ("Prepared for:", a glossary term) as one
    /// list (L): each paragraph an item (LI) whose label (Lbl) is its leading bold text and whose
    /// body (LBody) is the rest. They look like paragraphs; a screen reader hears label and value.
    /// `onFirstLine` gives items to add at the end of each item's first line (its anchor).
    mutating func addLabelledItems(
        _ paragraphs: [[TextSpan]], in frame: FlowFrame, space: Double, onFirstLine: (Int) -> [PageItem] = { _ in [] }
    ) {
        let listStart = lines.count
        for (index, spans) in paragraphs.enumerated() {
            let first = lines.count
            addParagraph(spans, style: style.body, in: frame, space: index == 0 ? space : style.paragraphSpace, keepTogether: false)
            guard first < lines.count else { continue }
            var items = lines[first].items
            if spans.first?.style.bold == true {
                let labelEnd = Self.endOfLeadingRun(items)
                items = [.begin(.structure(.listItem)), .begin(.structure(.label))] + items[..<labelEnd]
                    + [.end, .begin(.structure(.listBody))] + items[labelEnd...]
            } else {
                items = [.begin(.structure(.listItem)), .begin(.structure(.listBody))] + items
            }
            setItems(items + onFirstLine(index), ofLineAt: first)
            append([.end, .end], toLineAt: lines.count - 1)
        }
        tag(.list, from: listStart)
    }

    /// Where the text in the first text item's font ends: the bold label's runs, without the
    /// tag that opens what follows them (a name in another script is in a Span of its own).
    private static func endOfLeadingRun(_ items: [PageItem]) -> Int {
        var font: Int?
        for (index, item) in items.enumerated() {
            guard case let .text(run) = item else { continue }
            if font == nil { font = run.font } else if run.font != font {
                return items[..<index].lastIndex { if case .begin = $0 { false } else { true } }.map { $0 + 1 } ?? 0
            }
        }
        return items.count
    }
}

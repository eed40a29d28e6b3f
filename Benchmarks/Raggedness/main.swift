// The raggedness report: how evenly Knuth–Plass fills lines compared with first fit, on the
// whole content library, for the layouts named (names in Layouts/ or paths to layout files) or
// else every layout in Layouts/. Run it with Benchmarks/raggedness.sh [LAYOUT...].
import Foundation
import HandoutKit
import Typesetting

func column(_ text: String, _ width: Int, left: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return left ? text + padding : padding + text
}

do {
    let resources = try HandoutResources(root: try ResourceLocator.root())
    let survey = RaggednessSurvey(fontSet: resources.fonts, hyphenation: resources.hyphenation)
    print("Raggedness of the content library (\(resources.content.topics.count) topics and the glossary), ragged right.")
    print("Shortfall: how far a line falls short of the measure; each paragraph's last line is not counted.")
    print("Long paragraphs: those first fit sets in three lines or more, where the methods can differ.")
    print("Uneven: neighbouring lines whose shortfalls differ by more than 2 em.")
    print("Hyphenated: paragraphs set with hyphenation allowed (two passes: those set badly without it).")
    let requested = Array(CommandLine.arguments.dropFirst())
    for name in requested.isEmpty ? resources.layoutNames : requested {
        let layout = try resources.layout(name)
        let measure = layout.page.width - layout.page.marginLeft - layout.page.marginRight
        print("\n\(name): \(layout.text.bodySize.formatted()) pt on a \(String(format: "%.0f", measure)) pt measure")
        print(
            column("method", 26, left: true) + column("lines", 7) + column("Σ shortfall² (pt²)", 20)
                + column("in long paragraphs", 20) + column("mean (pt)", 11) + column("worst (pt)", 12)
                + column("uneven", 8) + column("hyphens", 9) + column("overfull", 10) + column("hyphenated", 12))
        for row in try survey.rows(library: resources.content, layout: layout) {
            print(
                column(row.method, 26, left: true) + column("\(row.lines)", 7)
                    + column(String(format: "%.0f", row.raggedness), 20)
                    + column(String(format: "%.0f", row.longParagraphRaggedness), 20)
                    + column(String(format: "%.1f", row.meanShortfall), 11)
                    + column(String(format: "%.1f", row.largestShortfall), 12) + column("\(row.unevenNeighbours)", 8)
                    + column("\(row.hyphens)", 9)
                    + column("\(row.overfull)", 10)
                    + column("\(row.hyphenatedParagraphs) of \(row.paragraphs)", 12))
        }
    }
} catch {
    FileHandle.standardError.write(Data("raggedness: \(error)\n".utf8))
    exit(1)
}

import Document
import Foundation

/// The readability figures of `handout check` as a plain-text table, one topic per row.
struct ReadabilityTable {
    let rows: [TopicReadability]

    init(_ rows: [TopicReadability]) { self.rows = rows }

    private static let headers = ["topic", "words", "sentences", "words/sentence", "grade", "grade*", ""]

    var text: String {
        let cells = rows.map { row in
            let figures = row.readability
            return [
                row.id, "\(figures.words)", "\(figures.sentences)", Self.decimal(figures.averageSentenceLength),
                Self.decimal(figures.grade), Self.decimal(figures.gradeMedicalTermsAside),
                figures.isOverGradeLimit ? "over \(Int(Readability.gradeLimit))" : "",
            ]
        }
        let table = [Self.headers] + cells
        let widths = Self.headers.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        let lines = table.map { row in
            row.indices.map { column in
                let cell = row[column]
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 || column == row.count - 1 ? cell + padding : padding + cell
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        let note = "grade: Flesch–Kincaid grade of all words; grade*: with glossary terms left out of syllables per word. "
            + "Aim for grade* \(Int(Readability.gradeLimit)) or lower."
        return (["Readability:"] + lines + [note]).joined(separator: "\n")
    }

    private static func decimal(_ value: Double) -> String { String(format: "%.1f", value) }
}

import Foundation

/// A topic's reading-level figures, measured on the plain text of its body as printed with no
/// personal details (placeholders show their general wording).
public struct TopicReadability: Sendable, Equatable {
    public var id: String
    public var file: String
    public var readability: Readability

    /// Measures every topic of `content`. Loading already rendered each body with no details,
    /// so that cannot fail here; a topic that did not load is not measured.
    static func measure(_ content: ContentLoadReport) -> [TopicReadability] {
        content.library.topics.compactMap { topic in
            guard let blocks = try? topic.blocks(for: .none) else { return nil }
            let text = blocks.map(\.plainText).joined(separator: "\n")
            return TopicReadability(
                id: topic.id, file: topic.file, readability: Readability(text: text, glossary: content.library.glossary))
        }
    }

    /// A warning when the grade, medical terms aside, is over the limit.
    var finding: Finding? {
        guard readability.isOverGradeLimit else { return nil }
        let grade = String(format: "%.1f", readability.gradeMedicalTermsAside)
        return Finding(
            .warning, file: file, key: id,
            "reading grade \(grade) (medical terms aside) is over \(NumberRule.written(Readability.gradeLimit)); use shorter sentences and everyday words")
    }
}

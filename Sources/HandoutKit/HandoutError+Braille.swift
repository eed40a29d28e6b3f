import Braille
import Document

extension HandoutError {
    /// A braille error placed in the content: the topic's, glossary's or cover's file and the
    /// line that holds the character or word. What is not in any file came from a personal
    /// detail, and is named as such, never quoted.
    init(_ error: BrailleError, content: ContentLibrary) {
        let needle: String? =
            switch error.problem {
            case let .untranslatable(scalar, _): String(scalar)
            case let .wordTooLong(word, _, _): word
            case .tableUnavailable: nil
            }
        let place: String? =
            switch error.place {
            case let .section(id):
                content.topic(id).flatMap { topic in
                    needle.flatMap { topic.body.line(containing: $0) }.map { "\(topic.file):\($0)" }
                }
            case let .glossary(term):
                content.glossary.entries.first { $0.term == term }.map { entry in
                    "glossary.yaml" + (entry.line.map { ":\($0)" } ?? "")
                }
            case .cover:
                needle.flatMap { content.cover?.line(containing: $0) }.map { "cover.md:\($0)" }
            case .title, .fixedText:
                nil
            }
        if case .tableUnavailable = error.problem {
            self.init("braille: \(error.message())")
        } else if let place {
            self.init("\(place): braille: \(error.message())")
        } else {
            self.init("braille: in a personal detail or the title: \(error.message(quoting: false))")
        }
    }
}

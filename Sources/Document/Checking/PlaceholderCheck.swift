/// Placeholders whose key is not one of ``PersonalDetails/knownKeys``: they would always print nothing.
///
/// Unclosed sections and other broken tags are already refused when the topic loads.
struct PlaceholderCheck: ContentCheck {
    func findings(in content: ContentLoadReport) -> [Finding] {
        content.library.topics.flatMap { topic in
            topic.body.numberedLines.flatMap { number, line in
                PlaceholderTag.tags(in: line)
                    .filter { !$0.isComment && !PersonalDetails.knownKeys.contains($0.name) }
                    .map { tag in
                        Finding(
                            .error, file: topic.file, line: number, key: tag.name,
                            "unknown placeholder; known keys are \(PersonalDetails.knownKeys.joined(separator: ", "))")
                    }
            }
        }
    }
}

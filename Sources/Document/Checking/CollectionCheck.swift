/// Collections that list a topic twice or list no topics. (Unknown topics are refused on loading.)
struct CollectionCheck: ContentCheck {
    func findings(in content: ContentLoadReport) -> [Finding] {
        content.library.collections.flatMap { collection in
            let file = "collections/\(collection.id).yaml"
            guard !collection.topicIDs.isEmpty else {
                return [Finding(.error, file: file, key: "topics", "the collection has no topics")]
            }
            var seen: Set<String> = []
            return zip(collection.topicIDs, collection.topicLines).compactMap { id, line in
                seen.insert(id).inserted
                    ? nil : Finding(.warning, file: file, line: line, key: "topics", "'\(id)' is listed more than once")
            }
        }
    }
}

/// A named selection of topics, such as "Treatment options".
public struct TopicCollection: Sendable, Equatable {
    public var id: String
    public var title: String
    public var description: String
    public var topicIDs: [String]
    /// The line of each of `topicIDs` in the collection's file, for messages.
    var topicLines: [Int?] = []

    static let keys = ["title", "description", "topics"]

    static func load(_ text: String, file: String, id: String) throws -> TopicCollection {
        let fields = try YAMLFields.parse(text, file: file)
        try fields.rejectUnknownKeys(allowed: keys)
        return TopicCollection(
            id: id, title: try fields.string("title"), description: try fields.string("description"),
            topicIDs: try fields.stringList("topics"),
            topicLines: try fields.node("topics").sequence?.map { fields.line(of: $0) } ?? [])
    }
}

/// The topics one build asks for: named ones and a collection's. Loading content for a choice
/// reads only those topic files (plus the glossary, cover, strings and collections every build
/// uses), so a build of three topics does not parse twenty.
public struct TopicChoice: Sendable, Equatable {
    /// Topic ids, as a request names them; ids with no file are left for the request check to report.
    public var topicIDs: [String]
    /// A collection id, whose topics are added; an unknown one adds none.
    public var collectionID: String?

    public init(topicIDs: [String], collectionID: String?) {
        self.topicIDs = topicIDs
        self.collectionID = collectionID
    }

    /// The ids to load, given the folder's collections.
    func ids(in collections: [TopicCollection]) -> Set<String> {
        let collected = collectionID.flatMap { id in collections.first { $0.id == id } }?.topicIDs ?? []
        return Set(topicIDs + collected)
    }
}

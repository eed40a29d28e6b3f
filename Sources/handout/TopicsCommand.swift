import ArgumentParser
import HandoutKit

/// `handout topics`: the topics and collections available, one per line.
struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics", abstract: "List the topics and collections you can put in a handout.")

    @OptionGroup var contentOptions: ContentOptions

    func run() throws {
        try reportingErrors {
            let content = try contentOptions.resources().content
            let width = content.topics.map(\.id.count).max() ?? 0
            print("Topics:")
            for topic in content.topics {
                print("  \(topic.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(topic.title) [\(topic.tags.joined(separator: ", "))]")
            }
            print("\nCollections (use --collection ID):")
            for collection in content.collections {
                print("  \(collection.id): \(collection.title) (\(collection.topicIDs.count) topics)")
            }
        }
    }
}

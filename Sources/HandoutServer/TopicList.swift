import Foundation
import HandoutKit

/// The topics and collections as JSON, for `GET /api/topics`.
struct TopicList {
    let resources: HandoutResources

    func json() throws -> Data {
        let content = resources.content
        let object: [String: Any] = [
            "topics": content.topics.map {
                ["id": $0.id, "title": $0.title, "summary": $0.summary, "tags": $0.tags, "reviewDue": $0.reviewDue.description]
            },
            "collections": content.collections.map { ["id": $0.id, "title": $0.title, "topics": $0.topicIDs] },
            "layouts": resources.layoutNames,
        ]
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }
}

import Foundation
import HandoutKit

/// Lends handout builders to requests, one request at a time per builder, so concurrent requests
/// never share a typesetter or cairo context while shaped words stay cached between requests.
final class BuilderPool: @unchecked Sendable {
    private let resources: HandoutResources
    private let lock = NSLock()
    private var idle: [HandoutBuilder] = []

    init(resources: HandoutResources) { self.resources = resources }

    func withBuilder<Result>(_ work: (HandoutBuilder) throws -> Result) rethrows -> Result {
        let builder = lock.withLock { idle.popLast() } ?? HandoutBuilder(resources: resources)
        defer { lock.withLock { idle.append(builder) } }
        return try work(builder)
    }
}

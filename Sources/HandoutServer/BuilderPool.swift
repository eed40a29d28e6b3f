import Dispatch
import Foundation
import HandoutKit

/// glibc's `malloc_trim` (declared in malloc.h, which the Glibc module leaves out).
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32

/// Lends handout builders to requests, one request at a time per builder, so concurrent requests
/// never share a typesetter or cairo context while shaped words stay cached between requests.
///
/// Builds go through a ``BuildQueue`` and run on Dispatch threads, so a long build never holds
/// one of Swift's few cooperative threads: the service keeps answering (a 503 when busy) while
/// it builds. When the last running build ends, freed memory is handed back to the system.
final class BuilderPool: @unchecked Sendable {
    private let resources: HandoutResources
    private let queue: BuildQueue
    private let lock = NSLock()
    private var idle: [HandoutBuilder] = []

    init(resources: HandoutResources, queue: BuildQueue) {
        self.resources = resources
        self.queue = queue
    }

    func withBuilder<Result: Sendable>(_ work: @escaping @Sendable (HandoutBuilder) throws -> Result) async throws -> Result {
        try await queue.enter()
        let result = await withCheckedContinuation { (done: CheckedContinuation<Swift.Result<Result, any Error>, Never>) in
            DispatchQueue.global(qos: .userInitiated).async {
                done.resume(returning: Swift.Result { try self.withIdleBuilder(work) })
            }
        }
        if await queue.leave() { Self.returnFreedMemory() }
        return try result.get()
    }

    private func withIdleBuilder<Result>(_ work: (HandoutBuilder) throws -> Result) throws -> Result {
        let builder = lock.withLock { idle.popLast() } ?? HandoutBuilder(resources: resources)
        defer { lock.withLock { idle.append(builder) } }
        return try work(builder)
    }

    /// glibc keeps freed memory in its arenas for reuse; after a burst of big builds that is
    /// hundreds of megabytes nobody needs, so give the free pages back.
    private static func returnFreedMemory() {
        _ = mallocTrim(0)
    }
}

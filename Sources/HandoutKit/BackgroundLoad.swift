import Dispatch
import Foundation

/// Loads a value on another thread while the caller gets on with something else.
final class BackgroundLoad<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    private var result: Result<Value, any Error>?

    /// Starts `load` at once on a background queue.
    init(_ load: @escaping @Sendable () throws -> Value) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { try load() }
            self.done.leave()
        }
    }

    /// The value, waiting for it if need be; rethrows what loading threw.
    func value() throws -> Value {
        done.wait()
        return try result!.get()
    }
}

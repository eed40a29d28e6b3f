import Foundation

/// Loads a value on a thread of its own while the caller gets on with something else.
///
/// A plain thread, not a dispatch queue: the caller may itself be a worker of the shared pool
/// (a server's request), and waiting there for work queued behind it could stall.
final class BackgroundLoad<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, any Error>?

    /// Starts `load` at once on a new thread.
    init(_ load: @escaping @Sendable () throws -> Value) {
        Thread {
            self.result = Result { try load() }
            self.done.signal()
        }.start()
    }

    /// The value, waiting for it if need be; rethrows what loading threw. Call it once.
    func value() throws -> Value {
        done.wait()
        return try result!.get()
    }
}

import Foundation

/// Works out a value on a thread of its own while the caller gets on with something else.
///
/// A plain thread, not a dispatch queue: the caller may itself be a worker of the shared pool
/// (a server's request), and waiting there for work queued behind it could stall.
public final class BackgroundLoad<Value: Sendable, Failure: Error>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, Failure>?

    /// Starts `load` at once on a new thread.
    public init(_ load: @escaping @Sendable () throws(Failure) -> Value) {
        Thread {
            do throws(Failure) {
                self.result = .success(try load())
            } catch {
                self.result = .failure(error)
            }
            self.done.signal()
        }.start()
    }

    /// The value, waiting for it if need be; rethrows what `load` threw. Call it once.
    public func value() throws(Failure) -> Value {
        done.wait()
        return try result!.get()
    }
}

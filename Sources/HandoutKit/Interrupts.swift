import Dispatch
import Foundation

/// Handles SIGINT (Ctrl-C) and SIGTERM (a scheduler stopping a job) in a way that leaves no
/// half-written file: the signals are taken off their default action and handled on a queue.
///
/// The first signal calls `onFirst` when one is given (a batch stops taking rows and reports what
/// it built); otherwise, and on a second signal, every temporary file being written is removed
/// and the process ends with status 128 + the signal's number, as the shell reports it.
public final class Interrupts: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    private let lock = NSLock()
    private var received: Int32?

    /// Starts handling both signals; `onFirst` is called on the first one, on a background queue.
    public init(onFirst: (@Sendable (Int32) -> Void)? = nil) {
        let queue = DispatchQueue(label: "handout.interrupts")
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            sources.append(DispatchSource.makeSignalSource(signal: number, queue: queue))
        }
        self.sources = sources
        for (source, number) in zip(sources, [SIGINT, SIGTERM]) {
            source.setEventHandler { [unowned self] in
                let isFirst = lock.withLock {
                    defer { received = received ?? number }
                    return received == nil
                }
                guard isFirst, let onFirst else { Self.end(number) }
                onFirst(number)
            }
            source.resume()
        }
    }

    /// The signal received, if any.
    public var receivedSignal: Int32? { lock.withLock { received } }

    /// Removes every temporary file being written and ends the process as `number` would have.
    public static func end(_ number: Int32) -> Never {
        TemporaryFiles.shared.removeAllForExit()
        _exit(128 + number)
    }
}

import Document

/// The one error type of the handout tools: a message that names the file, line or key at fault
/// and never includes personal details.
public struct HandoutError: Error, CustomStringConvertible, Equatable {
    public var message: String

    public init(_ message: String) { self.message = message }

    /// Wraps any error from the lower layers with its own message.
    public init(_ error: any Error) {
        if let error = error as? HandoutError {
            self = error
        } else {
            message = String(describing: error)
        }
    }

    public var description: String { message }
}

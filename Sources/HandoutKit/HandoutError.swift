import Document
import Typesetting

/// The one error type of the handout tools: a message that names the file, line or key at fault
/// and never includes personal details.
public struct HandoutError: Error, CustomStringConvertible, Equatable {
    public var message: String
    /// For a failure nobody could have prevented by changing their input (a library's error
    /// state, say): what went wrong inside, for the operator's log. The message then says only
    /// that the handout could not be made, so nothing internal reaches a patient or a web client.
    public var cause: String?

    public init(_ message: String) { self.message = message }

    /// The message of every unexpected failure.
    public static let couldNotBeMade = "the handout could not be made"

    /// Wraps any error from the lower layers: problems with the input keep their own message;
    /// anything else becomes ``couldNotBeMade``, with its description kept as the ``cause``.
    public init(_ error: any Error) {
        switch error {
        case let error as HandoutError: self = error
        case is ContentError, is ContentProblems, is TypesettingError: message = String(describing: error)
        default:
            message = Self.couldNotBeMade
            cause = String(describing: error)
        }
    }

    /// Whether this is an unexpected failure rather than a problem with the input.
    public var isUnexpected: Bool { cause != nil }

    public var description: String { message }
}

import HTTPTypes

/// A request the service refuses, with a status and a message for the person who sent it.
/// Messages never quote personal details, server paths or command-line advice.
struct RequestError: Error {
    var status: HTTPResponse.Status
    var message: String
    /// Sent as `Retry-After` when the service is busy.
    var retryAfterSeconds: Int?

    init(status: HTTPResponse.Status, message: String, retryAfterSeconds: Int? = nil) {
        self.status = status
        self.message = message
        self.retryAfterSeconds = retryAfterSeconds
    }

    static func badRequest(_ message: String) -> RequestError { RequestError(status: .badRequest, message: message) }
}

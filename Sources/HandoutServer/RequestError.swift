import HTTPTypes

/// A request the service refuses, with a status and a message for the person who sent it.
/// Messages never quote personal details.
struct RequestError: Error {
    var status: HTTPResponse.Status
    var message: String

    static func badRequest(_ message: String) -> RequestError { RequestError(status: .badRequest, message: message) }
}

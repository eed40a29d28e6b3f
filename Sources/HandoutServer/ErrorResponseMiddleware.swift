import Foundation
import HandoutKit
import HTTPTypes
import Hummingbird
import NIOCore

/// Turns every error into a clear answer: the form page with the message for people, or
/// `{"error": "…"}` for JSON clients. Requests are checked before anything is built, so a failure
/// while building is the service's own: it is a 500 that says only that the handout could not
/// be made (no paths, no library messages, no details).
struct ErrorResponseMiddleware<Context: RequestContext>: RouterMiddleware {
    let formPage: FormPage
    let maximumBodyBytes: Int
    /// The methods each path answers, for 405 and its `Allow` header.
    let allowedMethods: [String: [HTTPRequest.Method]]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let (status, message) = describe(error, request: request)
            var headers: HTTPFields = [:]
            if let seconds = (error as? RequestError)?.retryAfterSeconds { headers[.retryAfter] = String(seconds) }
            if status == .methodNotAllowed, let methods = allowedMethods[request.uri.path] {
                headers[.allow] = methods.map(\.rawValue).joined(separator: ", ")
            }
            if wantsJSON(request) {
                headers[.contentType] = "application/json"
                let body = (try? JSONSerialization.data(withJSONObject: ["error": message])) ?? Data()
                return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
            }
            headers[.contentType] = "text/html; charset=utf-8"
            let html = (try? formPage.html(error: message)) ?? message
            return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
        }
    }

    private func describe(_ error: any Error, request: Request) -> (HTTPResponse.Status, String) {
        switch error {
        case let error as RequestError: (error.status, error.message)
        case let error as HandoutError where error.isUnexpected: (.internalServerError, "the handout could not be made; please try again")
        case let error as HandoutError: (.unprocessableContent, error.message)
        case is NIOTooManyBytesError: (.contentTooLarge, "the request is larger than \(maximumBodyBytes / 1024) KB")
        case let error as HTTPError where error.status == .notFound:
            allowedMethods[request.uri.path] == nil
                ? (.notFound, "there is no page at this address")
                : (.methodNotAllowed, "this address does not answer \(request.method.rawValue) requests")
        case let error as HTTPError where (400..<500).contains(error.status.code):
            (error.status, error.status.reasonPhrase)
        default: (.internalServerError, "the handout could not be made; please try again")
        }
    }

    private func wantsJSON(_ request: Request) -> Bool {
        request.uri.path.hasPrefix("/api/") || request.sends(.applicationJson) || request.accepts(.applicationJson)
    }
}

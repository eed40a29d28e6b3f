import Foundation
import HandoutKit
import HTTPTypes
import Hummingbird
import NIOCore

/// Turns every error into a clear 4xx answer: the form page with the message for people, or
/// `{"error": "…"}` for JSON clients. Nothing unexpected is shown: no stack traces, no details.
struct ErrorResponseMiddleware<Context: RequestContext>: RouterMiddleware {
    let formPage: FormPage
    let maximumBodyBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let (status, message) = describe(error)
            if wantsJSON(request) {
                let body = (try? JSONSerialization.data(withJSONObject: ["error": message])) ?? Data()
                return Response(
                    status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
            }
            let html = (try? formPage.html(error: message)) ?? message
            return Response(
                status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
        }
    }

    private func describe(_ error: any Error) -> (HTTPResponse.Status, String) {
        switch error {
        case let error as RequestError: (error.status, error.message)
        case let error as HandoutError where error.isUnexpected: (.internalServerError, "the handout could not be made; please try again")
        case let error as HandoutError: (.unprocessableContent, error.message)
        case is NIOTooManyBytesError: (.contentTooLarge, "the request is larger than \(maximumBodyBytes / 1024) KB")
        case let error as HTTPError where error.status == .notFound: (.notFound, "there is no page at this address")
        case let error as HTTPError where (400..<500).contains(error.status.code):
            (error.status, error.body ?? error.status.reasonPhrase)
        default: (.internalServerError, "the handout could not be made; please try again")
        }
    }

    private func wantsJSON(_ request: Request) -> Bool {
        request.uri.path.hasPrefix("/api/") || request.headers[.contentType]?.hasPrefix("application/json") == true
            || request.headers[.accept]?.hasPrefix("application/json") == true
    }
}

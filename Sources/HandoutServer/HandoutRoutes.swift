import Document
import Foundation
import HandoutKit
import HTTPTypes
import Hummingbird
import NIOCore

/// The service's routes: the form, building handouts, previews and the topic list.
struct HandoutRoutes<Context: RequestContext> {
    typealias Handler = @Sendable (Request, Context) async throws -> Response

    let resources: HandoutResources
    let builders: BuilderPool
    let options: ServerOptions
    let formPage: FormPage

    /// Every route, as method, path and handler; the router and the `Allow` header both come from this list.
    func endpoints() -> [(method: HTTPRequest.Method, path: String, handler: Handler)] {
        [
            (.get, "/", { _, _ in try htmlResponse(formPage.html()) }),
            (.get, "/style.css", { _, _ in
                Response(
                    status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
                    body: .init(byteBuffer: ByteBuffer(string: FormPage.stylesheet)))
            }),
            (.get, "/api/topics", { request, _ in
                try checkToken(request)
                return try jsonResponse(TopicList(resources: resources).json())
            }),
            (.get, "/preview", { request, _ in try await previewImage(request) }),
            (.post, "/preview", { request, _ in
                let form = try await readForm(request)
                let preview = try await previewImages(form.request(date: .today(), resources: resources))
                return try htmlResponse(PreviewPage().html(pages: preview.images, of: preview.pageCount))
            }),
            (.post, "/handouts", { request, _ in
                let form = try await readForm(request)
                let handout = try form.request(date: .today(), resources: resources)
                let built = try await builders.withBuilder { try $0.build(handout) }
                return Response(
                    status: .ok,
                    headers: [
                        .contentType: built.format.mediaType,
                        .contentDisposition: "attachment; filename=\"\(HandoutForm.fileName(for: handout))\"",
                    ],
                    body: .init(byteBuffer: ByteBuffer(bytes: built.data)))
            }),
        ]
    }

    /// The first pages of `request` as PNG images at the preview resolution, as many as fit in
    /// ``ServerOptions/maximumPreviewPixels`` (always at least one), and how many pages there are.
    private func previewImages(_ request: HandoutRequest) async throws -> (images: [Data], pageCount: Int) {
        let budget = options.maximumPreviewPixels
        return try await builders.withBuilder { builder in
            var document = try builder.pages(for: request)
            let pageCount = document.pages.count
            var pixels = 0
            let shown = document.pages.prefix { page in
                pixels += PreviewPage.pixels(of: page)
                return pixels <= budget
            }.count
            document.pages = Array(document.pages.prefix(max(1, shown)))
            return (try builder.previews(for: document, dpi: PreviewPage.dpi), pageCount)
        }
    }

    /// `GET /preview?topics=…&collection=…&layout=…&page=N`: page N (default 1) as a PNG. Personal
    /// details are refused here, because addresses end up in histories and logs; the form posts instead.
    private func previewImage(_ request: Request) async throws -> Response {
        let fields = try FormFields(request.uri.query ?? "")
        if let key = PersonalDetails.knownKeys.first(where: { !fields.values($0).isEmpty }) {
            throw RequestError.badRequest("'\(key)' cannot go in an address; use the form's Preview button")
        }
        let handoutRequest = try HandoutForm(form: fields, extraFields: ["page"]).request(date: .today(), resources: resources)
        let pageText = fields.value("page") ?? "1"
        let png = try await builders.withBuilder { builder in
            var document = try builder.pages(for: handoutRequest)
            guard let page = Int(pageText), document.pages.indices.contains(page - 1) else {
                throw RequestError.badRequest("'page' must be a page number from 1 to \(document.pages.count)")
            }
            document.pages = [document.pages[page - 1]]
            return try builder.previews(for: document, dpi: PreviewPage.dpi)[0]
        }
        return Response(status: .ok, headers: [.contentType: "image/png"], body: .init(byteBuffer: ByteBuffer(bytes: png)))
    }

    /// The form or JSON body, within the size and time limits; JSON needs the token if one is set.
    func readForm(_ request: Request) async throws -> HandoutForm {
        let isJSON = request.sends(.applicationJson)
        guard isJSON || request.sends(.applicationUrlEncoded) else {
            throw RequestError(
                status: .unsupportedMediaType, message: "send the form (application/x-www-form-urlencoded) or JSON (application/json)")
        }
        if isJSON { try checkToken(request) }
        let body = try await readBody(request)
        if isJSON { return try HandoutForm(json: Data(buffer: body)) }
        guard let text = body.getString(at: body.readerIndex, length: body.readableBytes), text.utf8.count == body.readableBytes
        else { throw RequestError.badRequest("the form data is not UTF-8 text") }
        return try HandoutForm(form: FormFields(text))
    }

    private func readBody(_ request: Request) async throws -> ByteBuffer {
        let limit = options.maximumBodyBytes
        let seconds = options.bodyTimeoutSeconds
        return try await withThrowingTaskGroup(of: ByteBuffer.self) { group in
            group.addTask { try await request.body.collect(upTo: limit) }
            group.addTask {
                try await Task.sleep(for: .seconds(seconds))
                throw RequestError(status: .requestTimeout, message: "the request took too long to arrive")
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }

    /// Requires `Authorization: Bearer <token>` when the service has a token.
    func checkToken(_ request: Request) throws {
        guard let token = options.apiToken else { return }
        let sent = request.headers[.authorization] ?? ""
        guard constantTimeEqual(sent, "Bearer \(token)") else {
            throw RequestError(status: .unauthorized, message: "a valid API token is needed: Authorization: Bearer <token>")
        }
    }

    private func constantTimeEqual(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8)
        let b = Array(right.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private func htmlResponse(_ html: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    private func jsonResponse(_ data: Data) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

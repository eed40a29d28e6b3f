import Document
import Foundation
import HandoutKit
import HandoutTestSupport
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HandoutServer

/// What the service says when a request is wrong or a build fails: web words only (no server
/// paths, no command-line flags or advice), the right status, and one rule for form and JSON.
@Suite struct WebErrorsTests {
    let resources: HandoutResources

    init() throws {
        resources = try HandoutResources(root: Repository.root)
    }

    func app() -> some ApplicationProtocol { buildApplication(resources: resources, options: ServerOptions()) }

    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
    static let json: HTTPFields = [.contentType: "application/json"]

    @Test func badRequestsAre400InWebWords() async throws {
        let cases: [(HTTPFields, String, String)] = [
            (Self.form, "topics=tace&title=First+line%0ASecond+line", "&#39;title&#39; must be one line"),
            (Self.json, #"{"topics": ["tace"], "title": "a\nb"}"#, "'title' must be one line"),
            (Self.form, "topics=unicorns", "&#39;topics&#39;: item 1 is not a topic id; the form lists them"),
            (Self.form, "collection=everything", "&#39;collection&#39; must be the id of a collection"),
            (Self.form, "topics=tace&layout=/etc/passwd.yaml", "&#39;layout&#39; must be the name of a layout"),
            (Self.form, "topics=tace&layout=large-print&body-size=1e308", "a number of points from 12 to 36"),
            (Self.json, #"{"topics": ["tace"], "bodySize": 1e308}"#, "a number of points from 12 to 36"),
            (Self.form, "topics=tace&size=18", "an unknown field; the fields are"),
            (Self.json, #"{"topics": ["tace"], "size": 18}"#, "an unknown field; the fields are"),
        ]
        try await app().test(.router) { client in
            for (headers, body, message) in cases {
                try await client.execute(uri: "/handouts", method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                    let text = String(buffer: response.body)
                    #expect(response.status == .badRequest, "\(body)")
                    #expect(text.contains(message), "\(body): \(text.suffix(400))")
                    #expect(!text.contains("--"), "no command-line flags: \(body)")
                    #expect(!text.contains(Repository.root.path), "no server paths: \(body)")
                }
            }
        }
    }

    /// One unauthenticated address with a huge number once stopped the process for everyone.
    @Test func aHugeNumberInAPreviewAddressIs400AndTheServiceGoesOn() async throws {
        try await app().test(.router) { client in
            for query in ["topics=tace&body-size=1e19", "topics=tace&layout=large-print&body-size=1e308"] {
                try await client.execute(uri: "/preview?\(query)", method: .get) { response in
                    #expect(response.status == .badRequest, "\(query)")
                    #expect(String(buffer: response.body).contains("a number of points from 12 to 36"), "\(query)")
                }
            }
            try await client.execute(uri: "/preview?topics=tace", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "image/png")
            }
        }
    }

    @Test func anUnexpectedFailureSaysOnlyThatTheHandoutCouldNotBeMade() async throws {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ErrorResponseMiddleware(formPage: FormPage(resources: resources), maximumBodyBytes: 1024, allowedMethods: [:]))
        router.post("/handouts") { _, _ -> Response in
            throw HandoutError(CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: "/srv/handout/Fonts/x.ttf cairo"]))
        }
        try await Application(router: router).test(.router) { client in
            for headers in [Self.form, Self.json] {
                try await client.execute(uri: "/handouts", method: .post, headers: headers) { response in
                    let text = String(buffer: response.body)
                    #expect(response.status == .internalServerError)
                    #expect(text.contains("the handout could not be made"))
                    #expect(!text.contains("cairo") && !text.contains("/srv"))
                }
            }
        }
    }

    @Test func otherMethodsGet405WithAllowAndHeadWorksWhereGetDoes() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
            }
            for (method, uri, allow) in [(HTTPRequest.Method.put, "/handouts", "POST"), (.delete, "/", "GET, HEAD"), (.put, "/preview", "GET, HEAD, POST")] {
                try await client.execute(uri: uri, method: method) { response in
                    #expect(response.status == .methodNotAllowed, "\(method) \(uri)")
                    #expect(response.headers[.allow] == allow, "\(method) \(uri)")
                }
            }
            try await client.execute(uri: "/nowhere", method: .put) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func mediaTypesMatchByTheirEssence() async throws {
        try await app().test(.router) { client in
            let body = ByteBuffer(string: #"{"topics": ["tace"]}"#)
            try await client.execute(
                uri: "/handouts", method: .post, headers: [.contentType: "APPLICATION/JSON; charset=UTF-8"], body: body
            ) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/handouts", method: .post, headers: [.contentType: "application/jsonx"], body: body) { response in
                #expect(response.status == .unsupportedMediaType)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true, "not answered as JSON either")
            }
            try await client.execute(
                uri: "/handouts", method: .post, headers: [.contentType: "Application/X-WWW-Form-URLEncoded"],
                body: ByteBuffer(string: "topics=tace")
            ) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test(.timeLimit(.minutes(1))) func serveOnABusyPortFailsBeforeSayingItServes() throws {
        let binary = try #require(HandoutBinary.path, "swift build first")
        let (listener, port) = try LoopbackSocket.listening()
        let result = try CommandLineTool.run(binary, ["serve", "--port", "\(port)"], in: Repository.root)
        listener.close()
        #expect(result.status != 0)
        #expect(result.errors.contains("127.0.0.1:\(port) is already in use"), "\(result.errors)")
        #expect(!result.output.contains("Serving"), "\(result.output)")
    }
}

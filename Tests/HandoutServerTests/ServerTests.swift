import Document
import Foundation
import HandoutKit
import HandoutTestSupport
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HandoutServer

/// The web service, tested in-process through its router.
@Suite struct ServerTests {
    let resources: HandoutResources

    init() throws {
        resources = try HandoutResources(root: Repository.root)
    }

    func app(token: String? = nil) -> some ApplicationProtocol {
        buildApplication(resources: resources, options: ServerOptions(apiToken: token, maximumBodyBytes: 4096))
    }

    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
    static let json: HTTPFields = [.contentType: "application/json"]

    @Test func theFormListsTopicsGroupedWithLabelsAndIsLocked() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("<html lang=\"en-GB\">"))
                #expect(html.contains("<legend>Treatments</legend>"))
                #expect(html.contains("<input type=\"checkbox\" id=\"t-tace\" name=\"topics\" value=\"tace\"><label for=\"t-tace\">"))
                #expect(html.contains("value=\"newly-diagnosed\""))
                #expect(html.contains("formaction=\"/preview\""))
                #expect(html.contains("<input type=\"radio\" id=\"f-pdf\" name=\"format\" value=\"pdf\" checked>"))
                #expect(!html.contains("<script"), "works without JavaScript")
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                #expect(response.headers[.cacheControl] == "no-store")
            }
        }
    }

    @Test func aFormPostReturnsThePDFWithAFileNameFreeOfPersonalDetails() async throws {
        let body = "topics=tace&topics=sirt&layout=standard&patient.name=Zebedee+Quartermain&nurse.name=Sam"
        try await app().test(.router) { client in
            try await client.execute(uri: "/handouts", method: .post, headers: Self.form, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/pdf")
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"handout.pdf\"")
                #expect(response.headers[.cacheControl] == "no-store")
                let url = try PDFTools.save(Data(buffer: response.body))
                #expect(try PDFTools.text(url).contains("Prepared for: Zebedee Quartermain"))
                #expect(try CommandLineTool.run("qpdf", ["--check", url.path]).status == 0)
                let report = try PDFValidator.report(url, profiles: [.ua1, .a2a])
                #expect(report == nil, "the download:\n\(report ?? "")")
            }
        }
    }

    @Test func jsonRequestsBuildToo() async throws {
        let body = #"{"collection": "symptom-control", "layout": "large-print", "details": {"clinic": {"phone": "0113 496 0000"}}}"#
        try await app().test(.router) { client in
            try await client.execute(uri: "/handouts", method: .post, headers: Self.json, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"symptom-control.pdf\"")
                #expect(Data(buffer: response.body).starts(with: Data("%PDF-".utf8)))
            }
        }
    }

    @Test func aJSONRequestForMP3ReturnsAudio() async throws {
        let body = #"{"topics": ["sirt"], "format": "mp3"}"#
        try await app().test(.router) { client in
            try await client.execute(uri: "/handouts", method: .post, headers: Self.json, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "audio/mpeg")
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"sirt.mp3\"")
                #expect(Data(buffer: response.body).starts(with: Data("ID3".utf8)))
            }
        }
    }

    @Test func badInputIsA4xxWithAClearMessageNeverA500() async throws {
        let cases: [(HTTPFields, String, HTTPResponse.Status, String)] = [
            (Self.form, "topics=unicorns", .badRequest, "item 1 is not a topic id"),
            (Self.form, "patient.name=Jo", .badRequest, "no topics and no collection"),
            (Self.form, "topics=tace&layout=../../etc/passwd", .badRequest, "&#39;layout&#39; must be the name of a layout"),
            (Self.form, "topics=tace&clinic.name=" + String(repeating: "x", count: 300), .badRequest, "longer than 200 characters"),
            (Self.form, "topics=%ZZ", .badRequest, "not correctly encoded"),
            (Self.form, "topics=tace&x=" + String(repeating: "y", count: 5000), .contentTooLarge, "larger than 4 KB"),
            ([.contentType: "text/plain"], "topics=tace", .unsupportedMediaType, "send the form"),
            (Self.json, #"{"topics": "tace"}"#, .badRequest, "must be a list of topic ids"),
            (Self.json, #"{"topics": ["tace"], "layout": "large-print", "bodySize": 90}"#, .badRequest, "from 12 to 36"),
            (Self.json, #"{"topics": ["tace"], "size": 18}"#, .badRequest, "unknown field"),
            (Self.json, #"{"topics": ["tace"], "format": "docx"}"#, .badRequest, "'format' must be one of"),
            (Self.form, "topics=tace&format=docx", .badRequest, "must be one of pdf"),
            (Self.form, "topics=tace&layout=large-print&body-size=8", .badRequest, "from 12 to 36"),
            (Self.form, "topics=tace&body-size=big", .badRequest, "must be a number"),
            (Self.form, "topics=tace&body-size=1e308", .badRequest, "must be a number of points from 12 to 36"),
            (Self.json, #"{"topics": ["tace"], "bodySize": 1e308}"#, .badRequest, "must be a number of points from 12 to 36"),
        ]
        try await app().test(.router) { client in
            for (headers, body, status, message) in cases {
                try await client.execute(uri: "/handouts", method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == status, "\(body.prefix(40))")
                    #expect(String(buffer: response.body).contains(message), "\(body.prefix(40)): \(String(buffer: response.body).prefix(300))")
                    #expect(!String(buffer: response.body).contains("Fatal"))
                }
            }
            try await client.execute(uri: "/nowhere", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func errorsNeverEchoPersonalDetails() async throws {
        let body = "topics=unicorns&patient.name=Zebedee+Quartermain"
        try await app().test(.router) { client in
            try await client.execute(uri: "/handouts", method: .post, headers: Self.form, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest)
                #expect(!String(buffer: response.body).contains("Zebedee"))
            }
        }
    }

    @Test func theTopicListIsJSONAndTheTokenGuardsIt() async throws {
        try await app(token: "s3cret").test(.router) { client in
            try await client.execute(uri: "/api/topics", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(String(buffer: response.body).contains("\"error\""))
            }
            try await client.execute(uri: "/api/topics", method: .get, headers: [.authorization: "Bearer s3cret"]) { response in
                #expect(response.status == .ok)
                let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                let topics = object?["topics"] as? [[String: Any]]
                #expect(topics?.count == resources.content.topics.count)
                #expect(topics?.first?["id"] as? String == resources.content.topics.first?.id)
            }
            try await client.execute(uri: "/handouts", method: .post, headers: Self.json, body: ByteBuffer(string: #"{"topics": ["tace"]}"#)) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/handouts", method: .post, headers: Self.form, body: ByteBuffer(string: "topics=tace")) { response in
                #expect(response.status == .ok, "the staff form needs no token")
            }
        }
    }

    @Test func previewShowsEveryPageAsAnImage() async throws {
        let pages = try HandoutBuilder(resources: resources)
            .pages(for: HandoutRequest(topicIDs: ["tace"], details: try PersonalDetails(["patient.name": "Jo"], source: "test"), date: .today()))
            .pages.count
        try await app().test(.router) { client in
            try await client.execute(uri: "/preview", method: .post, headers: Self.form, body: ByteBuffer(string: "topics=tace&patient.name=Jo")) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.components(separatedBy: "<img src=\"data:image/png;base64,").count - 1 == pages)
                #expect(html.contains("alt=\"Page 1 of \(pages)\""))
            }
            try await client.execute(uri: "/preview?topics=tace&page=2", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/png")
                #expect(Data(buffer: response.body).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
            }
            try await client.execute(uri: "/preview?topics=tace&page=99", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/preview?topics=tace&patient.name=Jo", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("cannot go in an address"))
            }
        }
    }
}

import Document
import Foundation
import HandoutKit
import HandoutTestSupport
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HandoutServer

/// The service maps the form and JSON onto the request model, speaking rate included.
@Suite struct RequestFieldServerTests {
    let resources: HandoutResources

    init() throws {
        resources = try HandoutResources(root: Repository.root)
    }

    @Test func aSpeakingRateIsTakenForAudioAndRefusedForPrint() async throws {
        let app = buildApplication(resources: resources, options: ServerOptions())
        let cases: [(String, String, HTTPResponse.Status, String)] = [
            ("application/json", #"{"topics": ["tace"], "format": "mp3", "speakingRate": 200}"#, .ok, "audio/mpeg"),
            ("application/x-www-form-urlencoded", "topics=tace&format=mp3&speaking-rate=120", .ok, "audio/mpeg"),
            ("application/json", #"{"topics": ["tace"], "speakingRate": 200}"#, .badRequest, "'speakingRate' is for audio: 'format' must be mp3"),
            ("application/json", #"{"topics": ["tace"], "format": "mp3", "speakingRate": 1e19}"#, .badRequest,
             "'speakingRate' must be \(RequestField.speakingRateRule.requirement)"),
        ]
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(String(buffer: response.body).contains(#"name="speaking-rate" min="80" max="250""#), "the form offers it")
            }
            for (type, body, status, expected) in cases {
                try await client.execute(
                    uri: "/handouts", method: .post, headers: [.contentType: type], body: ByteBuffer(string: body)
                ) { response in
                    #expect(response.status == status, "\(body)")
                    if status == .ok {
                        #expect(response.headers[.contentType] == expected)
                        #expect(response.body.readableBytes > 10_000 && response.body.getBytes(at: 0, length: 3) == Array("ID3".utf8))
                    } else {
                        #expect(String(buffer: response.body).contains(expected), "\(String(buffer: response.body))")
                    }
                }
            }
        }
    }
}

import Document
import Foundation
import HandoutKit
import HandoutTestSupport
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HandoutServer

/// The limits that keep one client from taking the service from everyone else: slow and idle
/// connections are closed, open connections are capped, builds queue and then get 503, and a
/// preview draws a bounded number of pixels. Sockets are real, on loopback, and every wait is bounded.
@Suite struct ServerLimitsTests {
    let resources: HandoutResources

    init() throws {
        resources = try HandoutResources(root: Repository.root)
    }

    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
    /// Receive timeouts (of 0.25 s) to wait for an answer: generous, for a busy machine.
    static let patience = 160

    /// Runs the service as `handout serve` does, on a free port, for the length of `body`.
    /// (HummingbirdTesting's live mode drops the connection limit from the configuration.)
    func withRunningService(_ options: ServerOptions, _ body: @Sendable (Int) async throws -> Void) async throws {
        var options = options
        options.port = 0
        let (ports, bound) = AsyncStream.makeStream(of: Int.self)
        let app = buildApplication(resources: resources, options: options) { bound.yield($0) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService(gracefulShutdownSignals: []) }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            defer { group.cancelAll() }
            try await body(port)
        }
    }

    @Test(.timeLimit(.minutes(1))) func aClientSendingAHeaderByteASecondIsCutOff() async throws {
        try await withRunningService(ServerOptions(idleTimeoutSeconds: 1)) { port in
            let slow = try LoopbackSocket.connect(to: port)
            #expect(slow.send("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: "))
            var closed = false
            for _ in 0..<Self.patience where !closed {
                closed = await slow.receive() == .closed || !slow.send("a")
            }
            #expect(closed, "the server closed a connection whose headers never ended")
            let next = try LoopbackSocket.connect(to: port)
            #expect(next.send("GET /style.css HTTP/1.1\r\nHost: localhost\r\n\r\n"))
            #expect(await next.receiveAll(attempts: Self.patience).text.hasPrefix("HTTP/1.1 200 OK"), "and it still answers others")
        }
    }

    @Test(.timeLimit(.minutes(1))) func anIdleKeepAliveConnectionIsClosed() async throws {
        try await withRunningService(ServerOptions(idleTimeoutSeconds: 1)) { port in
            let idle = try LoopbackSocket.connect(to: port)
            #expect(idle.send("GET /style.css HTTP/1.1\r\nHost: localhost\r\n\r\n"))
            let answer = await idle.receiveAll(attempts: Self.patience)
            #expect(answer.text.hasPrefix("HTTP/1.1 200 OK"))
            #expect(!answer.closed, "keep-alive")
            #expect(await idle.receiveAll(attempts: Self.patience).closed, "closed once idle for longer than the timeout")
        }
    }

    @Test(.timeLimit(.minutes(1))) func connectionsBeyondTheCapWaitUntilOneCloses() async throws {
        try await withRunningService(ServerOptions(idleTimeoutSeconds: 30, maximumConnections: 1)) { port in
            let first = try LoopbackSocket.connect(to: port)
            #expect(first.send("GET /style.css HTTP/1.1\r\nHost: localhost\r\n\r\n"))
            #expect(await first.receiveAll(attempts: Self.patience).text.hasPrefix("HTTP/1.1 200 OK"), "the first connection is served and kept")
            let second = try LoopbackSocket.connect(to: port)
            #expect(second.send("GET /style.css HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
            #expect(await second.receiveAll(attempts: 4).text.isEmpty, "the second waits while the first is open")
            first.close()
            #expect(await second.receiveAll(attempts: Self.patience).text.hasPrefix("HTTP/1.1 200 OK"), "and is served once it closes")
        }
    }

    @Test func aFullBuildQueueAnswers503WithRetryAfter() async throws {
        let builds = BuildQueue(running: 1, waiting: 0)
        let app = buildApplication(resources: resources, options: ServerOptions(), builds: builds)
        try await builds.enter()  // another request is building
        try await app.test(.router) { client in
            try await client.execute(uri: "/handouts", method: .post, headers: Self.form, body: ByteBuffer(string: "topics=tace")) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "\(BuildQueue.retryAfterSeconds)")
                #expect(String(buffer: response.body).contains("busy"))
            }
            await builds.leave()
            try await client.execute(uri: "/handouts", method: .post, headers: Self.form, body: ByteBuffer(string: "topics=tace")) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test(.timeLimit(.minutes(1))) func aRequestWaitsItsTurnWhenThereIsRoomInTheQueue() async throws {
        let builds = BuildQueue(running: 1, waiting: 1)
        let app = buildApplication(resources: resources, options: ServerOptions(), builds: builds)
        try await builds.enter()
        try await app.test(.router) { client in
            async let waiting = client.execute(uri: "/handouts", method: .post, headers: Self.form, body: ByteBuffer(string: "topics=tace"))
            while await builds.waitingCount == 0 { try await Task.sleep(for: .milliseconds(20)) }
            let refused = try await client.execute(uri: "/handouts", method: .post, headers: Self.form, body: ByteBuffer(string: "topics=tace"))
            #expect(refused.status == .serviceUnavailable, "the queue holds one")
            await builds.leave()
            #expect(try await waiting.status == .ok, "the waiting request is built once the slot is free")
        }
    }

    @Test func aPreviewDrawsAtMostItsPixelBudget() async throws {
        let request = HandoutRequest(collectionID: "newly-diagnosed", details: .none, date: .today())
        let document = try HandoutBuilder(resources: resources).pages(for: request)
        let onePage = PreviewPage.pixels(of: document.pages[0])
        try #require(document.pages.count > 3)
        let options = ServerOptions(maximumPreviewPixels: 3 * onePage)
        try await buildApplication(resources: resources, options: options).test(.router) { client in
            try await client.execute(
                uri: "/preview", method: .post, headers: Self.form, body: ByteBuffer(string: "collection=newly-diagnosed")
            ) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.components(separatedBy: "<img src=\"data:image/png;base64,").count - 1 == 3)
                #expect(html.contains("alt=\"Page 3 of \(document.pages.count)\""))
                #expect(html.contains("the first 3 pages"))
            }
        }
    }
}

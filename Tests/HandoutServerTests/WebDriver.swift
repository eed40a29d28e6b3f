import AsyncHTTPClient
import Foundation
import NIOCore

/// Just enough of the W3C WebDriver protocol to drive Debian's headless chromium through
/// chromedriver: open a page, find elements by CSS, click, type.
final class WebDriver {
    private let driver: Process
    private let base: String
    private var session = ""
    private static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    /// Starts chromedriver and a headless chromium that downloads into `downloads`.
    init(downloads: URL) async throws {
        let port = Int.random(in: 20000...40000)
        driver = Process()
        driver.executableURL = URL(fileURLWithPath: "/usr/bin/chromedriver")
        driver.arguments = ["--port=\(port)"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        base = "http://127.0.0.1:\(port)"
        let options: [String: Any] = [
            "binary": "/usr/bin/chromium",
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
            "prefs": ["download.default_directory": downloads.path, "download.prompt_for_download": false],
        ]
        let capabilities = ["capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": options]]]
        for attempt in 0..<50 {
            do {
                let reply = try await send("POST", "/session", capabilities)
                session = ((reply["value"] as? [String: Any])?["sessionId"] as? String) ?? ""
                break
            } catch where attempt < 49 {
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        _ = try await send("POST", "/session/\(session)/chromium/send_command", [
            "cmd": "Page.setDownloadBehavior", "params": ["behavior": "allow", "downloadPath": downloads.path],
        ])
    }

    deinit { driver.terminate() }

    func open(_ url: String) async throws { _ = try await send("POST", "/session/\(session)/url", ["url": url]) }

    func element(_ css: String) async throws -> String {
        let reply = try await send("POST", "/session/\(session)/element", ["using": "css selector", "value": css])
        guard let id = (reply["value"] as? [String: Any])?[Self.elementKey] as? String else {
            throw WebDriverError(message: "no element matches \(css)")
        }
        return id
    }

    func click(_ css: String) async throws {
        _ = try await send("POST", "/session/\(session)/element/\(try await element(css))/click", [:])
    }

    func type(_ text: String, into css: String) async throws {
        _ = try await send("POST", "/session/\(session)/element/\(try await element(css))/value", ["text": text])
    }

    func title() async throws -> String {
        try await send("GET", "/session/\(session)/title", nil)["value"] as? String ?? ""
    }

    func quit() async throws { _ = try await send("DELETE", "/session/\(session)", nil) }

    private func send(_ method: String, _ path: String, _ body: Any?) async throws -> [String: Any] {
        var request = HTTPClientRequest(url: base + path)
        request.method = .RAW(value: method)
        if let body {
            request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body)))
            request.headers.add(name: "Content-Type", value: "application/json")
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let data = Data(buffer: try await response.body.collect(upTo: 1 << 20))
        guard response.status == .ok else {
            throw WebDriverError(message: "\(method) \(path): \(String(decoding: data, as: UTF8.self).prefix(300))")
        }
        return (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }
}

struct WebDriverError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

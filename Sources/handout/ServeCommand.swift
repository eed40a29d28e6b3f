import ArgumentParser
import Foundation
import HandoutKit
import HandoutServer
import Hummingbird
import NIOCore

/// `handout serve`: the clinic web form and API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the handout form and API over HTTP.",
        discussion: "Set HANDOUT_API_TOKEN to require `Authorization: Bearer <token>` on JSON requests.")

    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on.")
    var port = 8080

    @OptionGroup var contentOptions: ContentOptions

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
    }

    /// Says "Serving…" only once the port is bound; a port in use is a clear error and exit 1.
    func run() async throws {
        let resources = try reportingErrors { try contentOptions.resources() }
        let token = ProcessInfo.processInfo.environment["HANDOUT_API_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        let (host, port) = (host, port)
        let app = buildApplication(resources: resources, options: ServerOptions(host: host, port: port, apiToken: token)) { bound in
            print("Serving handouts on http://\(host):\(bound)/")
        }
        do {
            try await app.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            try reportingErrors { throw HandoutError("\(host):\(port) is already in use; stop what listens there or choose another --port") }
        } catch let error as IOError {
            try reportingErrors { throw HandoutError("cannot listen on \(host):\(port): \(error.description)") }
        }
    }
}

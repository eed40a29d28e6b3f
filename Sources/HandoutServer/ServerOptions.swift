import Foundation

/// How the web service runs, and the limits that keep one client from starving the others.
public struct ServerOptions: Sendable {
    public var host: String
    public var port: Int
    /// When set, JSON requests must send `Authorization: Bearer <token>`.
    public var apiToken: String?
    /// The largest request body accepted, in bytes.
    public var maximumBodyBytes: Int
    /// How long a client may take to send its request body, in seconds.
    public var bodyTimeoutSeconds: Double
    /// How long a connection may go without a complete request head, in seconds: both a
    /// keep-alive connection left idle and a client sending its headers too slowly are closed.
    public var idleTimeoutSeconds: Double
    /// The most connections open at once; further clients wait in the listen queue.
    public var maximumConnections: Int
    /// The most handouts built at once.
    public var maximumConcurrentBuilds: Int
    /// The most requests waiting for a build; beyond that the answer is 503 with `Retry-After`.
    public var maximumQueuedBuilds: Int
    /// The most pixels of page images one preview request may draw (72 dpi A4 is 0.5 million).
    public var maximumPreviewPixels: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, apiToken: String? = nil, maximumBodyBytes: Int = 64 * 1024,
        bodyTimeoutSeconds: Double = 10, idleTimeoutSeconds: Double = 15, maximumConnections: Int = 256,
        maximumConcurrentBuilds: Int = ProcessInfo.processInfo.activeProcessorCount, maximumQueuedBuilds: Int = 16,
        maximumPreviewPixels: Int = 12_000_000
    ) {
        self.host = host
        self.port = port
        self.apiToken = apiToken
        self.maximumBodyBytes = maximumBodyBytes
        self.bodyTimeoutSeconds = bodyTimeoutSeconds
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.maximumConnections = maximumConnections
        self.maximumConcurrentBuilds = maximumConcurrentBuilds
        self.maximumQueuedBuilds = maximumQueuedBuilds
        self.maximumPreviewPixels = maximumPreviewPixels
    }
}

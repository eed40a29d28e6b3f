/// How the web service runs.
public struct ServerOptions: Sendable {
    public var host: String
    public var port: Int
    /// When set, JSON requests must send `Authorization: Bearer <token>`.
    public var apiToken: String?
    /// The largest request body accepted, in bytes.
    public var maximumBodyBytes: Int
    /// How long a client may take to send its request body, in seconds.
    public var bodyTimeoutSeconds: Double

    public init(
        host: String = "127.0.0.1", port: Int = 8080, apiToken: String? = nil, maximumBodyBytes: Int = 64 * 1024,
        bodyTimeoutSeconds: Double = 10
    ) {
        self.host = host
        self.port = port
        self.apiToken = apiToken
        self.maximumBodyBytes = maximumBodyBytes
        self.bodyTimeoutSeconds = bodyTimeoutSeconds
    }
}

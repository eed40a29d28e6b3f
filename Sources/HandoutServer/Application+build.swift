import HandoutKit
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore

/// The web service for clinics, used by `handout serve` and by the tests in-process.
///
/// Patient details are never logged or stored: there is no request logging, bodies are read
/// into memory and dropped after the response, and every response says `Cache-Control: no-store`.
/// `onServerRunning` is called with the port once the service listens.
public func buildApplication(
    resources: HandoutResources, options: ServerOptions, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    buildApplication(
        resources: resources, options: options,
        builds: BuildQueue(running: options.maximumConcurrentBuilds, waiting: options.maximumQueuedBuilds),
        onServerRunning: onServerRunning)
}

/// The service with the given build queue, which tests may fill themselves.
func buildApplication(
    resources: HandoutResources, options: ServerOptions, builds: BuildQueue,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
    let formPage = FormPage(resources: resources)
    let routes = HandoutRoutes<BasicRequestContext>(
        resources: resources, builders: BuilderPool(resources: resources, queue: builds), options: options, formPage: formPage
    ).endpoints()
    var allowed: [String: [HTTPRequest.Method]] = [:]
    for route in routes {
        allowed[route.path, default: []].append(route.method)
        if route.method == .get { allowed[route.path]?.append(.head) }
    }
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorResponseMiddleware(formPage: formPage, maximumBodyBytes: options.maximumBodyBytes, allowedMethods: allowed))
    for route in routes { router.on(RouterPath(route.path), method: route.method, use: route.handler) }
    let http = HTTP1Channel.Configuration(idleTimeout: .nanoseconds(Int64(options.idleTimeoutSeconds * 1e9)))
    return Application(
        router: router, server: .http1(configuration: http),
        configuration: .init(
            address: .hostname(options.host, port: options.port), serverName: nil,
            availableConnectionsDelegate: MaximumAvailableConnections(options.maximumConnections)),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? options.port) })
}

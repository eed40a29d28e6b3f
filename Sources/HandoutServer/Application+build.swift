import HandoutKit
import Hummingbird

/// The web service for clinics, used by `handout serve` and by the tests in-process.
///
/// Patient details are never logged or stored: there is no request logging, bodies are read
/// into memory and dropped after the response, and every response says `Cache-Control: no-store`.
public func buildApplication(resources: HandoutResources, options: ServerOptions) -> some ApplicationProtocol {
    let router = Router(context: BasicRequestContext.self)
    let formPage = FormPage(resources: resources)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorResponseMiddleware(formPage: formPage, maximumBodyBytes: options.maximumBodyBytes))
    HandoutRoutes(resources: resources, builders: BuilderPool(resources: resources), options: options, formPage: formPage)
        .add(to: router)
    return Application(
        router: router, configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil))
}

import Document
import Foundation
import HandoutKit
import HandoutTestSupport
import Hummingbird
import Testing
import Yams
@testable import HandoutServer

/// docs/openapi.yaml describes the routes the service has, and the fields the request model takes.
@Suite struct OpenAPITests {
    let document: [String: Any]
    let routes: [(method: String, path: String)]

    init() throws {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("docs/openapi.yaml"), encoding: .utf8)
        document = try #require(try Yams.load(yaml: text) as? [String: Any])
        let resources = try HandoutResources(root: Repository.root)
        let endpoints = HandoutRoutes<BasicRequestContext>(
            resources: resources, builders: BuilderPool(resources: resources, queue: BuildQueue(running: 1, waiting: 1)),
            options: ServerOptions(), formPage: FormPage(resources: resources)
        ).endpoints()
        routes = endpoints.map { ($0.method.rawValue.lowercased(), $0.path) }
    }

    func schema(_ name: String) throws -> [String: Any] {
        let components = try #require(document["components"] as? [String: Any])
        let schemas = try #require(components["schemas"] as? [String: Any])
        return try #require(schemas[name] as? [String: Any])
    }

    @Test func everyRouteIsDescribedAndEveryDescribedOperationIsARoute() throws {
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let described = Set(paths.flatMap { path, operations in operations.keys.map { "\($0) \(path)" } })
        #expect(described == Set(routes.map { "\($0.method) \($0.path)" }))
    }

    @Test func theBodiesNameExactlyTheFieldsOfTheRequestModel() throws {
        let form = try #require(try schema("HandoutForm")["properties"] as? [String: Any])
        #expect(Set(form.keys) == Set(RequestField.names(in: .form)))
        let json = try #require(try schema("HandoutJSON")["properties"] as? [String: Any])
        #expect(Set(json.keys) == Set(RequestField.names(in: .json)))
        let formats = try #require((json["format"] as? [String: Any])?["enum"] as? [Any]).compactMap { $0 as? String }
        #expect(formats == OutputFormat.allCases.map(\.rawValue))
        #expect(json.values.allSatisfy { ($0 as? [String: Any])?["nullable"] as? Bool == true }, "null is the same as leaving a key out")
    }

    @Test func theRangesAreTheRulesOfTheRequestModel() throws {
        let json = try #require(try schema("HandoutJSON")["properties"] as? [String: Any])
        for (key, rule) in [("bodySize", Layout.bodySizeRule), ("speakingRate", RequestField.speakingRateRule)] {
            let property = try #require(json[key] as? [String: Any])
            #expect(Self.number(property["minimum"]) == rule.range.lowerBound, "\(key)")
            #expect(Self.number(property["maximum"]) == rule.range.upperBound, "\(key)")
            #expect((property["type"] as? String) == (rule.isWhole ? "integer" : "number"), "\(key)")
        }
        let title = try #require(json["title"] as? [String: Any])
        #expect((title["maxLength"] as? Int) == RequestField.maximumTitleLength)
    }

    @Test func aPreviewAddressTakesTheFormsFieldsButNoPersonalDetails() throws {
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let get = try #require(paths["/preview"]?["get"] as? [String: Any])
        let parameters = try #require(get["parameters"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        let expected = RequestField.names(in: .form).filter { !PersonalDetails.knownKeys.contains($0) } + ["page"]
        #expect(Set(parameters) == Set(expected))
    }

    /// A YAML number as a Double.
    static func number(_ value: Any?) -> Double? { (value as? Int).map(Double.init) ?? (value as? Double) }
}

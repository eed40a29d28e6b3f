// swift-tools-version: 6.0
// libFuzzer targets over the loaders of outside input. Not part of the main build or CI:
// build and run them with Benchmarks/fuzz.sh, which passes -sanitize=fuzzer,address.
import PackageDescription

let package = Package(
    name: "HandoutFuzz",
    dependencies: [.package(name: "handout", path: "../..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzTopic", dependencies: ["FuzzDriver", .product(name: "Document", package: "handout")]),
        .executableTarget(name: "FuzzLayout", dependencies: ["FuzzDriver", .product(name: "Document", package: "handout")]),
        .executableTarget(name: "FuzzManifest", dependencies: ["FuzzDriver", .product(name: "HandoutKit", package: "handout")]),
        .executableTarget(
            name: "FuzzForm",
            dependencies: [
                "FuzzDriver", .product(name: "HandoutServer", package: "handout"),
                .product(name: "Document", package: "handout"),
            ]),
    ]
)

// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "handout",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "handout", targets: ["handout"]),
        .library(name: "HandoutKit", targets: ["HandoutKit"]),
        // For the fuzz targets in Benchmarks/Fuzz, which are a package of their own.
        .library(name: "Document", targets: ["Document"]),
        .library(name: "HandoutServer", targets: ["HandoutServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.20.0"),
    ],
    targets: [
        // C libraries from Debian packages, found with pkg-config.
        .systemLibrary(name: "CCairo", pkgConfig: "cairo-ft", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz", providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev", "hyphen-en-gb", "hyphen-pl"])]),
        .systemLibrary(name: "CFriBidi", pkgConfig: "fribidi", providers: [.apt(["libfribidi-dev"])]),
        .systemLibrary(name: "CThai", pkgConfig: "libthai", providers: [.apt(["libthai-dev"])]),
        .systemLibrary(
            name: "CCmark", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // SHA-256 for the batch results manifest (GNU Nettle).
        .systemLibrary(name: "CNettle", pkgConfig: "nettle", providers: [.apt(["nettle-dev"])]),
        // glibc's malloc tuning (malloc.h), which Swift's Glibc module does not include.
        .systemLibrary(name: "CMalloc"),
        // espeak-ng, LAME and liblouis give their headers only: each shim.h opens its library with
        // dlopen when a handout is read aloud or put into braille, so other builds never map them.
        .systemLibrary(name: "CLateLibraries", providers: [.apt(["libespeak-ng-dev", "espeak-ng-data", "libmp3lame-dev", "liblouis-dev", "liblouis-data"])]),
        .systemLibrary(name: "CRsvg", pkgConfig: "librsvg-2.0", providers: [.apt(["librsvg2-dev"])]),
        .systemLibrary(name: "CJPEG", pkgConfig: "libjpeg", providers: [.apt(["libjpeg62-turbo-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng16", providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "CQPDF", pkgConfig: "libqpdf", providers: [.apt(["libqpdf-dev"])]),

        // Our modules. Every arrow points one way, from a module to what it may import (each
        // folder's README.md says what the module owns):
        //
        //   handout -> HandoutServer -> HandoutKit
        //   HandoutKit -> Typesetting | Render | Speech | Braille | HTML | Document | PageModel | CNettle CMalloc
        //   Typesetting -> Document | PageModel | Caching | CHarfBuzz CHyphen CFriBidi CThai
        //   Render -> Cairo | PageModel | PDFConformance -> CQPDF;   Cairo -> CCairo CFreeType CRsvg CJPEG
        //   Speech -> Document | CLateLibraries;   Braille -> Document | CLateLibraries;   HTML -> Document
        //   Document -> Caching | FigureFiles | CCmark Yams Mustache;   FigureFiles -> CRsvg CJPEG CPNG
        //   Typesetting and HTML -> FigureFiles too;   PageModel and Caching import nothing of ours
        //
        // Data flows the same way: Content -> Document -> each output's layout -> its renderer.
        .target(name: "Cairo", dependencies: ["CCairo", "CFreeType", "CRsvg", "CJPEG"], exclude: ["README.md"]),
        // Figure files measured (format, natural size) without drawing them: for Document and `handout check`.
        .target(name: "FigureFiles", dependencies: ["CRsvg", "CJPEG", "CPNG"], exclude: ["README.md"]),
        .target(name: "PageModel", exclude: ["README.md"]),
        .target(name: "Caching", exclude: ["README.md"]),
        .target(
            name: "Document",
            dependencies: [
                "CCmark", "Caching", "FigureFiles", .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ], exclude: ["README.md"]),
        .target(
            name: "Typesetting",
            dependencies: ["Document", "FigureFiles", "PageModel", "Caching", "CHarfBuzz", "CHyphen", "CFriBidi", "CThai"], exclude: ["README.md"]),
        // The PDF/UA and PDF/A post-step: C++ on libqpdf behind a C interface (include/PDFConformance.h).
        .target(name: "PDFConformance", dependencies: ["CQPDF"], exclude: ["README.md"]),
        .target(name: "Render", dependencies: ["Cairo", "PageModel", "PDFConformance"], exclude: ["README.md"]),
        // Audio: Document -> speech script -> espeak-ng -> LAME, with our own ID3 chapter tag.
        .target(name: "Speech", dependencies: ["Document", "CLateLibraries"], exclude: ["README.md"]),
        // Braille: Document -> cell layout (words translated by liblouis) -> BRF.
        .target(name: "Braille", dependencies: ["Document", "CLateLibraries"], exclude: ["README.md"]),
        // Accessible HTML: Document -> one self-contained page.
        .target(name: "HTML", dependencies: ["Document", "FigureFiles"], exclude: ["README.md"]),
        .target(
            name: "HandoutKit", dependencies: ["Document", "Typesetting", "Render", "PageModel", "Speech", "CNettle", "CMalloc", "Braille", "HTML"],
            exclude: ["README.md"]),
        .target(
            name: "HandoutServer",
            dependencies: [
                "HandoutKit", "Document", "PageModel", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ], exclude: ["README.md"]),
        .executableTarget(
            name: "handout",
            dependencies: [
                "HandoutKit", "HandoutServer", "CMalloc", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ], exclude: ["README.md"],
            // Linked by the toolchain's lld with packed relative relocations (DT_RELR, glibc 2.36) and
            // without exporting every Swift symbol: 106,000 relocations (2.5 MB) and 25,000 dynamic
            // symbols were read or written at every start, and every library symbol lookup searched
            // them first. The binary then starts with 4.5 MB fewer resident pages.
            linkerSettings: [.unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
                                           "-Xlinker", "--no-export-dynamic"])]),
        // The raggedness report (Benchmarks/raggedness.sh): Knuth–Plass against first fit.
        .executableTarget(name: "raggedness", dependencies: ["HandoutKit", "Typesetting"], path: "Benchmarks/Raggedness"),
        // Where a batch worker's time goes, stage by stage (Benchmarks/Stages).
        .executableTarget(name: "stages", dependencies: ["HandoutKit", "Document"], path: "Benchmarks/Stages"),
        // Braille and HTML of the full booklet, warm (Benchmarks/formats.sh).
        .executableTarget(name: "formats", dependencies: ["HandoutKit", "Document"], path: "Benchmarks/Formats"),
        // How many times faster than real time the full booklet is read aloud (Benchmarks/speech.sh).
        .executableTarget(name: "speech", dependencies: ["Speech", "Document"], path: "Benchmarks/Speech"),

        .target(name: "HandoutTestSupport", dependencies: ["HandoutKit"], path: "Tests/Support"),
        .testTarget(name: "CairoTests", dependencies: ["Cairo", "HandoutTestSupport"]),
        .testTarget(name: "PageModelTests", dependencies: ["PageModel"]),
        .testTarget(name: "CachingTests", dependencies: ["Caching"]),
        .testTarget(name: "RenderTests", dependencies: ["Render", "PageModel", "HandoutTestSupport"]),
        .testTarget(name: "DocumentTests", dependencies: ["Document", "FigureFiles", "HandoutTestSupport"]),
        .testTarget(name: "SpeechTests", dependencies: ["Speech", "Document", "HandoutTestSupport"]),
        .testTarget(name: "TypesettingTests", dependencies: ["Typesetting", "Document", "PageModel", "HandoutTestSupport"]),
        .testTarget(
            name: "HandoutKitTests", dependencies: ["HandoutKit", "Render", "PageModel", "Document", "HandoutTestSupport"]),
        .testTarget(
            name: "BrailleTests", dependencies: ["Braille", "Document", "HandoutKit", "HandoutTestSupport"]),
        .testTarget(name: "HTMLTests", dependencies: ["HTML", "Document", "HandoutKit", "HandoutTestSupport"]),
        .testTarget(name: "HandoutCLITests", dependencies: ["handout", "HandoutTestSupport"]),
        .testTarget(
            name: "HandoutServerTests",
            dependencies: [
                "HandoutServer", "HandoutKit", "Document", "HandoutTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                // Reads docs/openapi.yaml to check it against the routes.
                .product(name: "Yams", package: "Yams"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]),
    ],
    cxxLanguageStandard: .cxx17
)

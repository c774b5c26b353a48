// swift-tools-version: 6.1
// Folio: a static report-site generator. The module graph mirrors the build pipeline:
// content + data -> model -> render -> write (see README "Architecture").
import PackageDescription

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .library(name: "FolioSite", targets: ["FolioSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // SQLite for data queries: Debian's libsqlite3-dev through a thin wrapper, not GRDB (see FolioQuery's
        // QueryEngine and BENCHMARKS.md "Queries" for the measurements behind that choice).
        .systemLibrary(
            name: "Csqlite3",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "FolioDiagnostics"),
        .target(name: "FolioMarkdown", dependencies: ["Ccmark", "FolioDiagnostics"]),
        .target(name: "FolioData", dependencies: ["FolioDiagnostics"]),
        .target(name: "FolioQuery", dependencies: ["Csqlite3", "FolioData", "FolioDiagnostics"]),
        .target(
            name: "FolioCharts",
            dependencies: ["FolioData", "FolioDiagnostics", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "FolioSite",
            dependencies: [
                "FolioDiagnostics", "FolioMarkdown", "FolioData", "FolioCharts",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "FolioServer",
            dependencies: [
                "FolioSite", "FolioDiagnostics", "FolioCharts",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "folio",
            dependencies: [
                "FolioSite", "FolioDiagnostics", "FolioServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Run by bench/query only: loads a ticket export and times FolioQuery's steps (BENCHMARKS.md "Queries").
        .executableTarget(name: "folio-query-bench", dependencies: ["FolioData", "FolioQuery"]),
        .testTarget(name: "FolioMarkdownTests", dependencies: ["FolioMarkdown"]),
        .testTarget(name: "FolioDataTests", dependencies: ["FolioData"]),
        .testTarget(name: "FolioQueryTests", dependencies: ["FolioQuery", "FolioData", "FolioDiagnostics"]),
        .testTarget(name: "FolioChartsTests", dependencies: ["FolioCharts", "FolioData"]),
        .testTarget(name: "FolioServerTests", dependencies: ["FolioServer", "FolioSite"]),
        .testTarget(
            name: "FolioSiteTests",
            dependencies: ["FolioSite", "FolioDiagnostics", .product(name: "Mustache", package: "swift-mustache")]),
    ],
    swiftLanguageModes: [.v6]
)

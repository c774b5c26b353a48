// swift-tools-version: 6.2
// Folio: a static report-site generator. The module graph mirrors the build pipeline:
// content + data -> model -> render -> write (see README "Architecture"; scripts/check-imports
// holds each module to the imports it may use).
import PackageDescription

let package = Package(
    name: "Folio",
    // macOS 15: `Mutex` (Synchronization) and `String(validating:as:)`.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .library(name: "FolioSite", targets: ["FolioSite"]),
        // `folio pull` (PostgreSQL sources): a program of its own, so `folio` never links postgres-nio and
        // `make site` never builds it (README "Data sources" has the build-cost numbers).
        .executable(name: "folio-pull", targets: ["folio-pull"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        // Imported by FolioServer directly (NIOCore, Logging, ServiceLifecycle), so named here too.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        // PostgreSQL sources (FolioSources only): TLS, SCRAM, streaming rows; no home-made wire protocol.
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        // ClickHouse sources (FolioSources only): its HTTP interface through swift-server's client, streamed.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // Named for its error types (a failed TLS handshake), which both clients above report.
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.30.0"),
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
        // Snowball stemmers for full-text search: Debian's libstemmer-dev (no pkg-config file), as Ccmark is.
        .systemLibrary(
            name: "Cstemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        .target(name: "FolioDiagnostics"),
        .target(name: "FolioYAML", dependencies: ["FolioDiagnostics", .product(name: "Yams", package: "Yams")]),
        .target(name: "FolioHTML"),
        // The built-in theme: templates/ as generated Swift (scripts/embed-theme), so the binary is one file.
        .target(name: "FolioTheme"),
        .target(name: "FolioMarkdown", dependencies: ["Ccmark", "FolioDiagnostics", "FolioHTML"]),
        .target(name: "FolioData", dependencies: ["FolioDiagnostics"]),
        // The project files both the build and `folio pull` read (walking and reading files, content hashes,
        // named query files, the snapshot manifest), so the pull program never links the site builder.
        .target(
            name: "FolioFormats",
            dependencies: ["FolioDiagnostics", "FolioYAML", "FolioData"]),
        .target(name: "FolioCharts", dependencies: ["FolioData", "FolioHTML"]),
        // Full-text search: words, Snowball stems, the sharded index and the one reader script.
        .target(name: "FolioSearch", dependencies: ["Cstemmer"]),
        .target(name: "FolioQuery", dependencies: ["Csqlite3", "FolioData", "FolioDiagnostics"]),
        .target(
            name: "FolioDirectives",
            dependencies: [
                "FolioDiagnostics", "FolioYAML", "FolioData", "FolioCharts", "FolioHTML", "FolioQuery", "FolioFormats",
            ]
        ),
        .target(
            name: "FolioSite",
            dependencies: [
                "FolioDiagnostics", "FolioMarkdown", "FolioData", "FolioYAML", "FolioHTML", "FolioDirectives",
                "FolioQuery", "FolioTheme", "FolioFormats", "FolioSearch",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // Authoring commands that write into a project (`folio init`, `folio eject`): above the build, beside it.
        .target(name: "FolioAuthoring", dependencies: ["FolioSite", "FolioDiagnostics", "FolioTheme", "FolioFormats"]),
        // `folio pdf`: headless Chromium prints the print editions; the PDF bytes made deterministic afterwards.
        .target(name: "FolioPrint", dependencies: ["FolioSite", "FolioDiagnostics"]),
        .target(
            name: "FolioServer",
            dependencies: [
                "FolioSite", "FolioDiagnostics", "FolioHTML", "FolioFormats",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "folio",
            dependencies: [
                "FolioSite", "FolioDiagnostics", "FolioServer", "FolioAuthoring", "FolioPrint", "FolioFormats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // `make install` sets FOLIO_STAMPED=1 after scripts/stamp-version wrote the commit for --version.
            swiftSettings: Context.environment["FOLIO_STAMPED"] == "1" ? [.define("FOLIO_STAMPED")] : []
        ),
        // Database sources (PostgreSQL, ClickHouse): `folio pull` streams a source query's rows into its
        // snapshot. The only importer of PostgresNIO and AsyncHTTPClient; FolioSite and `folio` never see them.
        .target(
            name: "FolioSources",
            dependencies: [
                "FolioDiagnostics", "FolioYAML", "FolioData", "FolioQuery", "FolioDirectives", "FolioFormats",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "folio-pull",
            dependencies: [
                "FolioSources", "FolioDiagnostics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Shared by the test targets only: repository root, fixture copies, builds, diagnostics.
        .target(
            name: "FolioTestSupport", dependencies: ["FolioDiagnostics", "FolioSite"], path: "Tests/FolioTestSupport"),
        .testTarget(name: "FolioDiagnosticsTests", dependencies: ["FolioDiagnostics"]),
        .testTarget(
            name: "FolioMarkdownTests", dependencies: ["FolioMarkdown", "Ccmark", "FolioDiagnostics", "FolioHTML"]),
        .testTarget(name: "FolioDataTests", dependencies: ["FolioData", "FolioDiagnostics", "FolioTestSupport"]),
        .testTarget(name: "FolioYAMLTests", dependencies: ["FolioYAML", "FolioDiagnostics", "FolioTestSupport"]),
        .testTarget(name: "FolioHTMLTests", dependencies: ["FolioHTML", "FolioTestSupport"]),
        .testTarget(name: "FolioSearchTests", dependencies: ["FolioSearch", "Cstemmer", "FolioTestSupport"]),
        .testTarget(name: "FolioThemeTests", dependencies: ["FolioTheme", "FolioTestSupport"]),
        // Run by bench/query only: loads a ticket export and times FolioQuery's steps (BENCHMARKS.md "Queries").
        .executableTarget(name: "folio-query-bench", dependencies: ["FolioData", "FolioQuery"]),
        .testTarget(
            name: "FolioQueryTests", dependencies: ["FolioQuery", "FolioData", "FolioDiagnostics", "FolioTestSupport"]),
        .testTarget(name: "FolioChartsTests", dependencies: ["FolioCharts", "FolioData", "FolioTestSupport"]),
        .testTarget(
            name: "FolioDirectivesTests",
            dependencies: [
                "FolioDirectives", "FolioCharts", "FolioData", "FolioDiagnostics", "FolioHTML", "FolioTestSupport",
                "FolioYAML",
            ]),
        .testTarget(
            name: "FolioPrintTests", dependencies: ["FolioPrint", "FolioSite", "FolioDiagnostics", "FolioTestSupport"]),
        .testTarget(
            name: "FolioAuthoringTests",
            dependencies: ["FolioAuthoring", "FolioSite", "FolioDiagnostics", "FolioTestSupport", "FolioFormats"]),
        .testTarget(
            name: "FolioServerTests",
            dependencies: ["FolioServer", "FolioSite", "FolioDiagnostics", "FolioTestSupport"]),
        .testTarget(
            name: "FolioSourcesTests",
            dependencies: [
                "FolioSources", "FolioSite", "FolioData", "FolioQuery", "FolioDiagnostics", "FolioTestSupport",
                "FolioFormats", "FolioDirectives",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]),
        .testTarget(
            name: "FolioSiteTests",
            dependencies: [
                "FolioSite", "FolioData", "FolioMarkdown", "FolioDiagnostics", "FolioTestSupport", "FolioTheme",
                "FolioFormats",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)

// No warnings in Folio's own code (issue 32): every target of this package treats them as errors, in debug and
// release, so a new one fails `make test` and CI. The packages Folio depends on are not affected.
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [.treatAllWarnings(as: .error)]
}

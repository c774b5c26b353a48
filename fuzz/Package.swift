// swift-tools-version: 6.1
// Folio's fuzz targets: one libFuzzer executable per parser of author input. A separate package so the
// main build and `make test` never see the sanitizer flags; run with `make fuzz` (scripts/fuzz).
import PackageDescription

/// Every fuzz target is built with libFuzzer and AddressSanitizer. Each `main.swift` hands its
/// `LLVMFuzzerTestOneInput` to libFuzzer's driver (see CFuzzer.h for why libFuzzer's own `main` cannot be used).
/// scripts/fuzz also passes `-Xswiftc -sanitize=fuzzer,address` so the Folio modules get coverage counters too.
let fuzzerFlags: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]
let fuzzerLink: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzCommon", .product(name: "FolioSite", package: "folio")],
        swiftSettings: fuzzerFlags,
        linkerSettings: fuzzerLink
    )
}

let package = Package(
    name: "FolioFuzz",
    // SwiftPM names a path dependency after its folder unless told otherwise: without `name:` the
    // products above would have to name whatever folder the checkout happens to be in.
    dependencies: [.package(name: "folio", path: "..")],
    targets: [
        .target(name: "CFuzzer"),
        .target(name: "FuzzCommon", dependencies: ["CFuzzer", .product(name: "FolioSite", package: "folio")]),
        fuzzTarget("FuzzFrontMatter"),
        fuzzTarget("FuzzCSV"),
        fuzzTarget("FuzzJSON"),
        fuzzTarget("FuzzChart"),
        fuzzTarget("FuzzMarkdown"),
    ],
    swiftLanguageModes: [.v6]
)

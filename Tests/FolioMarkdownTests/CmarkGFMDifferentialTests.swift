import Foundation
import Testing

@testable import FolioMarkdown

/// Folio's GFM against Debian's `cmark-gfm` program (a test oracle, never a dependency of Folio) on
/// generated documents: both render each one, and the HTML must be equal after normalising.
///
/// The seed is printed; `FOLIO_GFM_SEED=<seed>` replays a run, `FOLIO_GFM_DOCUMENTS=<n>` sets its
/// size. Without the program the test is skipped, except under `CI=true`, where it fails.
@Suite struct CmarkGFMDifferentialTests {
    static let oracle: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/cmark-gfm" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    @Test(.enabled(if: oracle != nil || isCI, "cmark-gfm is not installed (scripts/install-deps installs it)"))
    func folioRendersGeneratedDocumentsAsCmarkGFMDoes() throws {
        let oracle = try #require(Self.oracle, "cmark-gfm is not installed: run scripts/install-deps")
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["FOLIO_GFM_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 0...UInt64.max)
        let count = environment["FOLIO_GFM_DOCUMENTS"].flatMap { Int($0) } ?? 300
        print("CmarkGFMDifferentialTests: seed \(seed) (replay with FOLIO_GFM_SEED=\(seed))")
        var generator = MarkdownGenerator(seed: seed)
        var renderer = MarkdownRenderer()
        renderer.markup = .gfm
        var failures = 0
        for index in 0..<count {
            let markdown = generator.document()
            let folio = try renderer.render(markdown, path: "generated.md").html
            let expected = try Self.run(oracle, markdown)
            let ours = Self.normalize(folio)
            let theirs = Self.normalize(expected)
            guard ours != theirs else { continue }
            failures += 1
            Issue.record(
                "seed \(seed), document \(index):\n\(markdown)\n--- folio:\n\(ours)\n--- cmark-gfm:\n\(theirs)")
            if failures == 5 { break }
        }
    }

    /// `cmark-gfm` with GFM's extensions, as GitHub renders comments (footnotes too).
    private static func run(_ oracle: String, _ markdown: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: oracle)
        process.arguments = [
            "--extension", "table", "--extension", "strikethrough", "--extension", "autolink", "--extension",
            "tasklist", "--extension", "footnotes",
        ]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// `HTMLNormalizer`, and the footnote markup of cmark-gfm 0.29.0.gfm.6 (`fn-1`, `data-footnote-*`
    /// attributes, an `aria-label` on back-links) written as GitHub's spec file writes it (`fn1`).
    static func normalize(_ html: String) -> String {
        var html = html
        for attribute in [
            " data-footnote-ref", " data-footnotes", " data-footnote-backref",
            " aria-label=\"Back to content\"",
        ] {
            html = html.replacingOccurrences(of: attribute, with: "")
        }
        html = html.replacingOccurrences(of: "\"#fn-", with: "\"#fn").replacingOccurrences(of: "\"fn-", with: "\"fn")
        html = html.replacingOccurrences(of: "\"#fnref-", with: "\"#fnref")
            .replacingOccurrences(of: "\"fnref-", with: "\"fnref")
        return HTMLNormalizer.normalize(html)
    }
}

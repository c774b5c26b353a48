import FolioDiagnostics
import FolioSite
import Foundation

/// A throwaway copy of a fixture site plus the project's real templates, in a temp folder,
/// so end-to-end tests build exactly what users build.
public struct FixtureSite: Sendable {
    public let folder: TemporaryFolder

    public var root: URL { folder.url }
    public var output: URL { root.appendingPathComponent("site") }

    /// Copies `Tests/Fixtures/<name>`, and the repository's `templates/` unless the fixture has its
    /// own or `templates` is false (the site then builds with Folio's built-in theme alone).
    public init(_ name: String = "basic-site", templates: Bool = true) throws {
        folder = try TemporaryFolder("site")
        let manager = FileManager.default
        let fixture = Repository.url("Tests/Fixtures/\(name)")
        for entry in try manager.contentsOfDirectory(atPath: fixture.path) {
            try folder.copy(fixture.appendingPathComponent(entry), to: entry)
        }
        if templates, !manager.fileExists(atPath: root.appendingPathComponent("templates").path) {
            try folder.copy(Repository.url("templates"), to: "templates")
        }
    }

    /// Adds a language Folio ships no strings for (`fi`): listed in site.yml, a home page, and
    /// `templates/strings/<code>.yml` copied from the Swedish table without the `removing` keys.
    /// Shipped languages fall back on the built-in table per key, so this is how a test makes a
    /// key go missing.
    public func addUnshippedLanguage(_ code: String, removing keys: [String]) throws {
        let config = try String(contentsOf: root.appendingPathComponent("content/site.yml"), encoding: .utf8)
        try write("content/site.yml", config + "  \(code):\n    name: \(code)\n    locale: \(code)\n    title: T\n")
        try write("content/\(code)/_index.md", "---\ntitle: Home\n---\nText.\n")
        let swedish = try String(contentsOf: Repository.url("templates/strings/sv.yml"), encoding: .utf8)
        let kept = swedish.split(separator: "\n").filter { line in !keys.contains { line.hasPrefix($0 + ":") } }
        try write("templates/strings/\(code).yml", kept.joined(separator: "\n") + "\n")
    }

    /// Replaces (or adds) a source file.
    public func write(_ relativePath: String, _ text: String) throws {
        try folder.write(relativePath, text)
    }

    public func writeBytes(_ relativePath: String, _ bytes: [UInt8]) throws {
        try folder.writeBytes(relativePath, bytes)
    }

    /// A built file, from the output folder.
    public func read(_ relativePath: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Whether the build wrote `relativePath`.
    public func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(relativePath).path)
    }

    /// Every file under the output with its bytes, for byte-for-byte comparisons.
    public func snapshot() throws -> [String: Data] {
        try folder.files(under: "site")
    }

    public func remove() {
        folder.remove()
    }

    /// Builds the fixture the way `folio build` does.
    public func build(drafts: Bool = false, baseURL: String? = nil) async throws {
        try await SiteBuilder(
            options: BuildOptions(sourceRoot: root, output: output, includeDrafts: drafts, baseURL: baseURL)
        ).build()
    }

    /// The diagnostics a build reports (empty when it succeeds).
    public func problems() async -> [Diagnostic] {
        await diagnostics { try await build() }
    }
}

/// Runs `body` with a fresh copy of the fixture `name` (see `FixtureSite.init`) and removes the copy
/// afterwards, however `body` ends: the one way a test gets a fixture site.
public func withFixtureSite<T>(
    _ name: String = "basic-site", templates: Bool = true, _ body: (FixtureSite) throws -> T
) throws -> T {
    let site = try FixtureSite(name, templates: templates)
    defer { site.remove() }
    return try body(site)
}

/// `withFixtureSite` for async work, such as a build.
public func withFixtureSite<T>(
    _ name: String = "basic-site", templates: Bool = true, _ body: (FixtureSite) async throws -> T
) async throws -> T {
    let site = try FixtureSite(name, templates: templates)
    defer { site.remove() }
    return try await body(site)
}

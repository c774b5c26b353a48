import FolioDiagnostics
import Foundation

@testable import FolioSite

/// A throwaway copy of a fixture site plus the project's real templates, in a temp folder,
/// so end-to-end tests build exactly what users build.
struct FixtureSite {
    let root: URL

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A site already laid out in `root`.
    init(existing root: URL) {
        self.root = root
    }

    init(_ name: String = "basic-site") throws {
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("folio-test-\(UUID().uuidString)")
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        let fixture = Self.repositoryRoot.appendingPathComponent("Tests/Fixtures/\(name)")
        for entry in try manager.contentsOfDirectory(atPath: fixture.path) {
            try manager.copyItem(at: fixture.appendingPathComponent(entry), to: root.appendingPathComponent(entry))
        }
        if !manager.fileExists(atPath: root.appendingPathComponent("templates").path) {
            try manager.copyItem(
                at: Self.repositoryRoot.appendingPathComponent("templates"),
                to: root.appendingPathComponent("templates"))
        }
    }

    var output: URL { root.appendingPathComponent("site") }

    func write(_ relativePath: String, _ text: String) throws {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func writeBytes(_ relativePath: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: root.appendingPathComponent(relativePath))
    }

    func read(_ relativePath: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(relativePath), encoding: .utf8)
    }

    func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(relativePath).path)
    }

    /// Every file under the output with its bytes, for byte-for-byte comparisons.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: output.path) else { return files }
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = output.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

extension FixtureSite {
    /// Builds the fixture the way `folio build` does.
    func build(drafts: Bool = false, baseURL: String? = nil) async throws {
        try await SiteBuilder(
            options: BuildOptions(sourceRoot: root, output: output, includeDrafts: drafts, baseURL: baseURL)
        ).build()
    }

    /// The diagnostics a build reports (empty when it succeeds).
    func problems() async -> [Diagnostic] {
        await diagnostics { try await build() }
    }
}

/// Every diagnostic `work` throws, flattened; an unexpected error becomes one diagnostic so tests still see it.
func diagnostics(of work: () async throws -> Void) async -> [Diagnostic] {
    do {
        try await work()
        return []
    } catch let list as DiagnosticList {
        return list.diagnostics
    } catch let diagnostic as Diagnostic {
        return [diagnostic]
    } catch {
        return [Diagnostic(SourceLocation(path: "?"), "\(error)")]
    }
}

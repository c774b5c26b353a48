import FolioDiagnostics
import FolioDirectives
import FolioFormats
import FolioQuery
import Foundation

/// `folio check` on database snapshots: a snapshot older than `snapshotMaxAge` (from its `pulledAt`) and
/// one whose query's SQL changed since it was pulled are warnings, errors with `--strict`. The build
/// itself reads the snapshots as they are and never asks the database.
struct SnapshotCheck: Sendable {
    var root: URL
    /// Seconds.
    var maxAge: Double
    var now: Date
    var strict: Bool

    func diagnostics() -> [Diagnostic] {
        let files: [NamedQueries.File]
        let manifest: SnapshotManifest
        do {
            files = try QueryLoader(queriesRoot: root.appendingPathComponent("content/queries")).load()
            manifest = try SnapshotManifest.load(root: root)
        } catch {
            return DiagnosticList(flattening: error, at: SourceLocation(path: SnapshotManifest.path)).diagnostics
        }
        let severity: Diagnostic.Severity = strict ? .error : .warning
        var found: [Diagnostic] = []
        for file in files.sorted(by: { $0.name < $1.name }) {
            guard SourceDeclaration.source(in: file.sql) != nil, let entry = manifest.entries[file.name] else {
                continue
            }
            let location = SourceLocation(path: file.path, line: 1, column: 1)
            if entry.sql != SnapshotManifest.sqlHash(file.sql) {
                found.append(
                    Diagnostic(
                        location, "query '\(file.name)' changed since its snapshot was pulled (\(entry.pulledAt))",
                        hint: "run `folio pull \(file.name)` so the site shows what the SQL says", severity: severity))
            }
            if let pulled = SnapshotManifest.date(entry.pulledAt), now.timeIntervalSince(pulled) > maxAge {
                let days = Int(now.timeIntervalSince(pulled) / 86_400)
                found.append(
                    Diagnostic(
                        location,
                        "the snapshot of '\(file.name)' is \(days) day\(days == 1 ? "" : "s") old (pulled \(entry.pulledAt); snapshotMaxAge is \(Self.describe(maxAge)))",
                        hint: "run `folio pull \(file.name)`, or raise `snapshotMaxAge` in content/site.yml",
                        severity: severity))
            }
        }
        return found
    }

    private static func describe(_ seconds: Double) -> String {
        if seconds >= 86_400, seconds.truncatingRemainder(dividingBy: 86_400) == 0 {
            let days = Int(seconds / 86_400)
            return "\(days) day\(days == 1 ? "" : "s")"
        }
        return "\(Int(seconds / 3600)) h"
    }
}

import FolioData
import FolioDiagnostics
import FolioFormats
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Source queries (`-- source: NAME`) in a build: the build reads their snapshots and never a database.
/// The pulls themselves are tested against a real server in FolioSourcesTests.
@Suite struct SnapshotBuildTests {
    let snapshot =
        "month,channel,tickets,csat,reopened\n2026-01,chat,10,4.5,1\n2026-01,phone,20,4.25,2\n"
        + "2026-02,chat,12,,0\n2026-02,phone,18,4,3\n"
    let schema =
        "columns:\n  \"month\": month\n  \"channel\": text\n  \"tickets\": number\n  \"csat\": number\n"
        + "  \"reopened\": number\n"

    private func pulledSite(pulledAt: String = "2026-03-01T08:00:00Z") throws -> FixtureSite {
        let site = try FixtureSite("source-site")
        try site.write("content/data/snapshots/volume.csv", snapshot)
        try site.write("content/data/snapshots/volume.csv.yml", schema)
        let manifest = SnapshotManifest(entries: [
            "volume": .init(
                source: "warehouse", sql: SnapshotManifest.sqlHash(try site.source("content/queries/volume.sql")),
                rows: 4,
                columns: [
                    ("month", .month), ("channel", .text), ("tickets", .number), ("csat", .number),
                    ("reopened", .number),
                ],
                pulledAt: pulledAt)
        ])
        try site.write("content/data/snapshots/manifest.yml", manifest.yaml())
        return site
    }

    @Test func aSourceQueryWithoutASnapshotFailsAtItsFile() async throws {
        try await withFixtureSite("source-site") { site in
            let found = await site.problems()
            #expect(found.count == 1)
            #expect(found.first?.location == SourceLocation(path: "content/queries/volume.sql", line: 1, column: 1))
            #expect(found.first?.message.contains("no snapshot content/data/snapshots/volume.csv") == true)
            #expect(found.first?.hint?.contains("folio pull volume") == true)
        }
    }

    @Test func aBuildReadsTheSnapshotAsTheQuerysResult() async throws {
        let site = try pulledSite()
        defer { site.remove() }
        try await site.build()
        let page = try site.read("sv/index.html")
        #expect(page.contains("<svg"))
        #expect(page.contains("snapshots/volume.csv"))
    }

    @Test func sqlInASpecCannotNameASource() async throws {
        let site = try pulledSite()
        defer { site.remove() }
        try site.write(
            "content/sv/om.md",
            "---\ntitle: Om\ndescription: Om.\n---\n```table\nsql: |\n  -- source: warehouse\n  SELECT 1 AS one\n```\n")
        let found = await site.problems()
        #expect(found.first?.message.contains("cannot read the source 'warehouse'") == true, "\(found)")
    }

    @Test func checkWarnsAboutAStaleSnapshotAndAChangedQuery() async throws {
        let site = try pulledSite(pulledAt: "2026-03-01T08:00:00Z")
        defer { site.remove() }
        let pulled = try #require(SnapshotManifest.date("2026-03-01T08:00:00Z"))
        var checker = SiteChecker(options: BuildOptions(sourceRoot: site.root, output: site.output))
        checker.now = pulled.addingTimeInterval(6 * 86_400)
        var found = await checker.check().diagnostics
        #expect(!found.contains { $0.message.contains("snapshot") || $0.message.contains("changed since") })
        #expect(!found.contains { $0.message.contains("not used") }, "\(found)")

        checker.now = pulled.addingTimeInterval(7 * 86_400 + 60)
        found = await checker.check().diagnostics
        #expect(found.contains { $0.message.contains("is 7 days old") && $0.severity == .warning })

        try site.write("content/site.yml", try site.source("content/site.yml") + "snapshotMaxAge: 30d\n")
        #expect(!(await checker.check().diagnostics.contains { $0.message.contains("days old") }))

        try site.write("content/queries/volume.sql", try site.source("content/queries/volume.sql") + "LIMIT 3\n")
        checker.strict = true
        found = await checker.check().diagnostics
        #expect(
            found.contains { $0.message.contains("changed since its snapshot was pulled") && $0.severity == .error })
    }

    @Test func theManifestReadsBackAsWritten() throws {
        let manifest = SnapshotManifest(entries: [
            "b/q": .init(
                source: "w", sql: "fnv1a64:0123", rows: 2, columns: [("a \"x\"", .text)],
                pulledAt: "2026-01-01T00:00:00Z"),
            "a": .init(source: "w", sql: "fnv1a64:4567", rows: 0, columns: [], pulledAt: "2026-01-02T00:00:00Z"),
        ])
        #expect(try SnapshotManifest.parse(manifest.yaml()) == manifest)
        #expect(manifest.yaml().range(of: "\"a\":")!.lowerBound < manifest.yaml().range(of: "\"b/q\":")!.lowerBound)
    }

    @Test func snapshotMaxAgeTakesDaysAndHours() {
        #expect(SiteConfig.age("7d") == 7.0 * 86_400)
        #expect(SiteConfig.age("2 days") == 2.0 * 86_400)
        #expect(SiteConfig.age("36h") == 36.0 * 3600)
        #expect(SiteConfig.age("10%") == nil)
    }
}

extension FixtureSite {
    /// A source file of the site (not a built one), e.g. `content/queries/volume.sql`.
    fileprivate func source(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }

    fileprivate func hasSource(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(relativePath).path)
    }
}

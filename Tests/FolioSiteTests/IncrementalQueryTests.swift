import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Warm builds with queries (`folio serve`) write exactly what a cold build writes, and run only the
/// queries an edit reaches: a query's result is reused while its SQL and every table it reads are
/// unchanged. On the `query-site` fixture: two named queries and one `sql:` table, all over one data file.
@Suite struct IncrementalQueryTests {
    typealias Playbook = IncrementalBuildTests.Playbook

    func session() async throws -> Playbook {
        try await Playbook(fixture: "query-site")
    }

    @Test func firstBuildRunsEveryQueryOnceAndANoOpRebuildNone() async throws {
        let playbook = try await session()
        defer { playbook.site.remove() }
        #expect(playbook.first.work.queriesRun.sorted() == ["phone-service-level", "sql", "volume"])
        let again = try await playbook.rebuildMatchesColdBuild()
        #expect(again.work.queriesRun.isEmpty)
        #expect(again.filesWritten == 0)
    }

    @Test func sqlEditRerunsThatQueryOnly() async throws {
        let playbook = try await session()
        defer { playbook.site.remove() }
        try playbook.edit("content/queries/volume.sql") {
            $0.replacingOccurrences(of: "count(*) AS tickets", with: "count(*) * 2 AS tickets")
        }
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(report.work.queriesRun == ["volume"])
        #expect(report.work.bodiesRendered == 2, "the two pages whose chart reads query:volume")
    }

    @Test func sqlEditWithTheSameResultRendersNothing() async throws {
        let playbook = try await session()
        defer { playbook.site.remove() }
        try playbook.edit("content/queries/volume.sql") { "-- Reworded comment.\n" + $0 }
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(report.work.queriesRun == ["volume"])
        #expect(report.work.bodiesRendered == 0, "the result is equal, so no page changes")
    }

    @Test func dataEditRerunsTheQueriesThatReadIt() async throws {
        let playbook = try await session()
        defer { playbook.site.remove() }
        try playbook.edit("content/data/support/tickets.csv") {
            $0.replacingOccurrences(of: "11,2026-03-01,phone,40,5", with: "11,2026-03-01,phone,95,5")
        }
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(report.work.queriesRun.sorted() == ["phone-service-level", "sql", "volume"])
        #expect(try playbook.warm("sv/kanaler/index.html").contains("Servicenivån var 0,0\u{a0}%"))
    }

    @Test func pageEditRunsNoQuery() async throws {
        let playbook = try await session()
        defer { playbook.site.remove() }
        try playbook.edit("content/sv/om.md") { $0 + "\nEn ny mening.\n" }
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(report.work.queriesRun.isEmpty, "SQLite is not even started")
        #expect(report.work.bodiesRendered == 2, "the page and its Romanian fallback")
    }

    @Test func editOfAPageWithSQLReusesItsResult() async throws {
        let playbook = try await session()
        defer { playbook.site.remove() }
        try playbook.edit("content/sv/kanaler.md") { $0 + "\nEn ny mening.\n" }
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(report.work.queriesRun.isEmpty, "the sql: table's result is reused: same SQL, same tables")
        #expect(report.work.bodiesRendered == 1)
    }

    @Test func failedQueryKeepsTheLastGoodSiteAndRecovers() async throws {
        let playbook = try await session()
        defer { playbook.site.remove() }
        let before = try playbook.warm("sv/kanaler/index.html")
        let good = try playbook.source("content/queries/volume.sql")
        try playbook.site.write("content/queries/volume.sql", "SELECT FROM")
        await #expect(throws: (any Error).self) { try await playbook.session.build() }
        #expect(try playbook.warm("sv/kanaler/index.html") == before)
        try playbook.site.write("content/queries/volume.sql", good)
        let report = try await playbook.rebuildMatchesColdBuild()
        #expect(report.work.queriesRun.isEmpty, "the SQL is the last good build's again: its result is reused")
    }
}

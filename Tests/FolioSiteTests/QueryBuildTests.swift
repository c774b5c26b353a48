import FolioDiagnostics
import FolioFormats
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Queries end to end in a build (issue 15 part B): named queries in `content/queries`, `data: query:<name>`
/// in charts, tables and `metrics.yml`, `sql:` in a spec, and their errors, on the `query-site` fixture.
@Suite struct QueryBuildTests {
    func build(_ site: FixtureSite) async throws -> (files: [String: String], cache: BuildCache) {
        let output = MemoryOutput()
        let (_, cache) = try await SiteBuilder(options: BuildOptions(sourceRoot: site.root, output: site.output))
            .rebuild(reusing: BuildCache(), into: output)
        var files: [String: String] = [:]
        for file in output.files { files[file.path] = String(decoding: file.contents, as: UTF8.self) }
        return (files, cache)
    }

    func buildErrors(_ site: FixtureSite) async -> [Diagnostic] {
        await diagnostics { try await build(site) }
    }

    @Test func chartsTablesAndMetricsReadQueries() async throws {
        try await withFixtureSite("query-site") { site in
            let (files, cache) = try await build(site)
            let page = try #require(files["sv/kanaler/index.html"])
            #expect(page.contains("Ärenden per kanal"))
            #expect(page.contains("support/tickets.csv"), "the provenance line names the data the query read")
            #expect(page.contains(">phone<"))
            // Each named query once per build, the inline one once: not once per page or language.
            let ran = try #require(cache.queryRunner).ran
            #expect(ran.sorted() == ["phone-service-level", "sql", "volume"])
            #expect(files["ro/canale/index.html"]?.contains("Nivelul de serviciu") == true)
        }
    }

    @Test func metricValueComesFromTheQuery() async throws {
        try await withFixtureSite("query-site") { site in
            let (files, _) = try await build(site)
            // March: one phone call, answered in 40 s: 100 % (January 2 of 3: 66,7 %, as `round(…, 3)` gives it).
            #expect(files["sv/kanaler/index.html"]?.contains("Servicenivån var 100,0\u{a0}%") == true)
            #expect(files["sv/kanaler/index.html"]?.contains("66,7\u{a0}%") == true)
        }
    }

    @Test func syntaxErrorInQueryFileIsLocated() async throws {
        try await withFixtureSite("query-site") { site in
            try site.write(
                "content/queries/volume.sql", "SELECT channel,\n  count(*) AS n\nFROM FROM support_tickets\n")
            let found = await buildErrors(site)
            #expect(found.count == 1)
            #expect(found.first?.location == SourceLocation(path: "content/queries/volume.sql", line: 3, column: 6))
        }
    }

    @Test func inlineSQLErrorPointsIntoTheMarkdownFile() async throws {
        try await withFixtureSite("query-site") { site in
            try site.write(
                "content/sv/om.md",
                """
                ---
                title: Om
                description: Om sidan.
                ---
                ```table
                sql: |
                  SELECT channel
                  FROM support_tickts
                ```
                """)
            let found = await buildErrors(site)
            let error = try #require(found.first)
            #expect(found.count == 1)
            #expect(error.location == SourceLocation(path: "content/sv/om.md", line: 8, column: 8))
            #expect(error.message.contains("support_tickts"))
            #expect(error.hint?.contains("support_tickets") == true)
        }
    }

    @Test func unknownQueryNameSuggestsTheNearest() async throws {
        try await withFixtureSite("query-site") { site in
            try site.write(
                "content/sv/om.md",
                "---\ntitle: Om\ndescription: Om.\n---\n```table\ndata: query:volumes\n```\n")
            let error = try #require(await buildErrors(site).first)
            #expect(error.location == SourceLocation(path: "content/sv/om.md", line: 6, column: 7))
            #expect(error.message == "table: no query 'volumes' (content/queries/volumes.sql does not exist)")
            #expect(error.hint == "did you mean 'query:volume'?")
        }
    }

    @Test func queryWithoutRowsListsItsColumns() async throws {
        try await withFixtureSite("query-site") { site in
            try site.write(
                "content/sv/om.md",
                """
                ---
                title: Om
                description: Om.
                ---
                ```chart
                type: bar
                sql: SELECT channel, count(*) AS n FROM support_tickets WHERE channel = 'fax' GROUP BY channel
                x: channel
                y: n
                title: Fax
                ```
                """)
            let error = try #require(await buildErrors(site).first)
            #expect(error.location == SourceLocation(path: "content/sv/om.md", line: 7, column: 6))
            #expect(error.message == "chart: the query in `sql:` returns no rows")
            #expect(error.hint?.contains("channel (text), n (number) from support/tickets.csv") == true)
        }
    }

    @Test func missingColumnListsWhatTheQueryReturns() async throws {
        try await withFixtureSite("query-site") { site in
            try site.write(
                "content/sv/om.md",
                "---\ntitle: Om\ndescription: Om.\n---\n```chart\ntype: line\ndata: query:volume\nx: month\ny: count\ntitle: T\n```\n"
            )
            let error = try #require(await buildErrors(site).first)
            #expect(error.location == SourceLocation(path: "content/sv/om.md", line: 9, column: 4))
            #expect(
                error.message
                    == "chart: y: the query returns no column 'count' (it returns: month (month), channel (text), tickets (number))"
            )
        }
    }

    @Test func failedQueryLeavesThePublishedSiteAlone() async throws {
        try await withFixtureSite("query-site") { site in
            let options = BuildOptions(sourceRoot: site.root, output: site.output)
            try await SiteBuilder(options: options).build()
            let page = site.output.appendingPathComponent("sv/kanaler/index.html")
            let before = try Data(contentsOf: page)
            try site.write("content/queries/volume.sql", "SELECT nothing FROM support_tickets")
            let found = await diagnostics { try await SiteBuilder(options: options).build() }
            #expect(found.first?.location.path == "content/queries/volume.sql")
            #expect(found.first?.message.contains("nothing") == true)
            #expect(try Data(contentsOf: page) == before)
        }
    }

    @Test func queryTimeoutIsReadFromSiteYML() throws {
        #expect(
            try SiteConfig.parse(
                "defaultLanguage: sv\nqueryTimeout: 2 min\nlanguages: {sv: {name: S, locale: sv_SE, title: T}}\n",
                path: "site.yml"
            ).queryTimeout == 120)
        let error = diagnostic {
            try SiteConfig.parse(
                "defaultLanguage: sv\nqueryTimeout: soon\nlanguages: {sv: {name: S, locale: sv_SE, title: T}}\n",
                path: "site.yml")
        }
        #expect(error?.location == SourceLocation(path: "site.yml", line: 2, column: 15))
        #expect(error?.message == "'queryTimeout' must be a positive duration")
    }
}

/// `folio check` and queries: a query nothing reads is a warning; a data file only queries read is used.
@Suite struct QueryCheckTests {
    @Test func listsQueriesNothingReads() async throws {
        try await withFixtureSite("query-site") { site in
            try site.write("content/queries/unused.sql", "SELECT count(*) AS n FROM support_tickets\n")
            let report = await SiteChecker(options: BuildOptions(sourceRoot: site.root, output: site.output)).check()
            let text = report.diagnostics.map(\.description)
            #expect(
                text.contains {
                    $0.hasPrefix("content/queries/unused.sql: warning: query 'unused' is not read by any chart")
                })
            #expect(!text.contains { $0.contains("query 'volume'") || $0.contains("query 'phone-service-level'") })
            #expect(!text.contains { $0.contains("content/data/support/tickets.csv") }, "read through queries: used")
            #expect(report.errorCount == 0)
        }
    }
}

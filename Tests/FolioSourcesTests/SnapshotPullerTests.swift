import FolioData
import FolioDiagnostics
import FolioFormats
import FolioQuery
import FolioSite
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSources

/// Pulls from the throwaway server (`scripts/postgres-test-server`), which holds the ticket sample as the
/// table `tickets`, into copies of `Tests/Fixtures/source-site`: what is PostgreSQL's own (its column kinds,
/// TLS, fractional timeouts) and the puller's (manifest, stale snapshots). What every engine promises is in
/// `SourceConformanceTests`, run against PostgreSQL and ClickHouse alike.
@Suite(
    .serialized,
    .enabled(if: TestServer.required, "needs FOLIO_TEST_POSTGRES_URL: scripts/postgres-test-server run swift test"))
struct SnapshotPullerTests {
    /// A copy of the fixture and a puller whose environment points `warehouse` at `url`.
    private func makeSite(url: String? = nil) throws -> (FixtureSite, SnapshotPuller) {
        let site = try FixtureSite("source-site")
        let url = try url ?? TestServer.requireURL()
        return (site, SnapshotPuller(root: site.root, environment: ["FOLIO_TEST_WAREHOUSE_URL": url]))
    }

    @Test func aSecondPullOfUnchangedDataChangesOnlyPulledAt() async throws {
        let (site, puller) = try makeSite()
        defer { site.remove() }
        _ = try await puller.pull(now: Date(timeIntervalSince1970: 1_800_000_000))
        let first = try site.folder.files(under: "content/data/snapshots")
        _ = try await puller.pull(now: Date(timeIntervalSince1970: 1_800_086_400))
        let second = try site.folder.files(under: "content/data/snapshots")
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, bytes) in first where !path.hasSuffix("manifest.yml") {
            #expect(second[path] == bytes, "\(path)")
        }
        let lines = { (data: Data?) in String(decoding: data ?? Data(), as: UTF8.self).split(separator: "\n") }
        let before = lines(first.first { $0.key.hasSuffix("manifest.yml") }?.value)
        let after = lines(second.first { $0.key.hasSuffix("manifest.yml") }?.value)
        let changed = zip(before, after).filter { $0 != $1 }
        #expect(before.count == after.count)
        #expect(changed.count == 1)
        #expect(changed.first?.0.contains("pulledAt") == true)
    }

    @Test(arguments: [
        "INSERT INTO tickets (id, created, channel, team, language, reopened) VALUES (1, 'x', 'x', 'x', 'x', 0) RETURNING id",
        "DELETE FROM tickets RETURNING id",
        "CREATE TABLE pwned (a int)",
    ])
    func aWriteIsRefusedByTheServerAndReportedAtTheQuery(statement: String) async throws {
        let (site, puller) = try makeSite()
        defer { site.remove() }
        try site.write("content/queries/volume.sql", "-- source: warehouse\n\(statement)\n")
        let found = await diagnostics { try await puller.pull() }
        #expect(found.first?.message.contains("tries to write") == true, "\(found)")
        #expect(found.first?.location.path == "content/queries/volume.sql")
        #expect(!site.has("content/data/snapshots/volume.csv"))
        let count = try await rows(in: "SELECT count(*) AS n FROM tickets")
        let sample = try String(contentsOf: TestServer.tickets, encoding: .utf8)
        #expect(count == String(sample.split(separator: "\n").count - 1))
    }

    /// The server's count, through a pull of its own.
    private func rows(in sql: String) async throws -> String {
        let (site, puller) = try makeSite()
        defer { site.remove() }
        try site.write("content/queries/volume.sql", "-- source: warehouse\n\(sql)\n")
        _ = try await puller.pull()
        return String(try site.text("content/data/snapshots/volume.csv").split(separator: "\n")[1])
    }

    @Test func aQueryOverTheTimeLimitIsStopped() async throws {
        let (site, puller) = try makeSite()
        defer { site.remove() }
        try site.write(
            "content/sources.yml", "warehouse:\n  type: postgres\n  url: ${FOLIO_TEST_WAREHOUSE_URL}\n  timeout: 0.5s\n"
        )
        try site.write("content/queries/volume.sql", "-- source: warehouse\nSELECT 1 AS one FROM pg_sleep(5)\n")
        let found = await diagnostics { try await puller.pull() }
        #expect(found.first?.message.contains("was stopped after 0.5 s") == true, "\(found)")
        #expect(found.first?.location.path == "content/queries/volume.sql")
    }

    @Test func aSQLErrorIsAtItsLineAndColumnInTheQueryFile() async throws {
        let (site, puller) = try makeSite()
        defer { site.remove() }
        try site.write(
            "content/queries/volume.sql",
            "-- source: warehouse\nSELECT channel,\n       count(*) AS n\nFROM ticketz\nGROUP BY channel\n")
        let found = await diagnostics { try await puller.pull() }
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(path: "content/queries/volume.sql", line: 4, column: 6))
        #expect(found.first?.message.contains("ticketz") == true)
    }

    @Test func thePasswordIsNeverPrinted() async throws {
        let url = try TestServer.requireURL()
        let password = TestServer.password(in: url)
        #expect(password.count >= 16)
        let wrong = "wrong-\(UUID().uuidString)"
        var outputs: [String] = []
        // A bad password, a missing database, a SQL error, a timeout, a refused write, a row limit.
        for (variant, sql) in [
            (url.replacingOccurrences(of: password, with: wrong), "SELECT 1 AS one"),
            (url.replacingOccurrences(of: "/folio?", with: "/nodb?"), "SELECT 1 AS one"),
            (url, "SELECT nope FROM tickets"),
            (url, "SELECT 1 AS one FROM pg_sleep(10)"),
            (url, "DELETE FROM tickets"),
            (url, "SELECT id FROM tickets"),
        ] {
            let (site, puller) = try makeSite(url: variant)
            defer { site.remove() }
            try site.write(
                "content/sources.yml",
                "warehouse:\n  type: postgres\n  url: ${FOLIO_TEST_WAREHOUSE_URL}\n  timeout: 1s\n  maxRows: 5\n")
            try site.write("content/queries/volume.sql", "-- source: warehouse\n\(sql)\n")
            let found = await diagnostics { try await puller.pull() }
            #expect(!found.isEmpty)
            outputs += found.map(\.description)
        }
        let all = outputs.joined(separator: "\n")
        #expect(all.contains("refused user 'folio'"), "\(all)")
        #expect(all.contains("nodb"))
        #expect(!all.contains(password))
        #expect(!all.contains(wrong))
    }

    @Test func staleAndChangedSnapshotsAreWarningsAndErrorsWhenStrict() async throws {
        let (site, puller) = try makeSite()
        defer { site.remove() }
        let pulledAt = Date(timeIntervalSince1970: 1_800_000_000)
        _ = try await puller.pull(now: pulledAt)
        let options = BuildOptions(sourceRoot: site.root, output: site.output)
        var checker = SiteChecker(options: options)
        checker.now = pulledAt.addingTimeInterval(86_400)
        #expect(await checker.check().diagnostics.filter { $0.message.contains("snapshot") }.isEmpty)

        checker.now = pulledAt.addingTimeInterval(8 * 86_400)
        let stale = await checker.check().diagnostics.filter { $0.message.contains("snapshot") }
        #expect(stale.count == 1)
        #expect(stale.first?.message.contains("8 days old") == true)
        #expect(stale.first?.severity == .warning)

        try site.write("content/queries/volume.sql", try site.text("content/queries/volume.sql") + "LIMIT 5\n")
        checker.now = pulledAt
        let changed = await checker.check().diagnostics.filter { $0.message.contains("changed since") }
        #expect(changed.count == 1)
        #expect(changed.first?.location.path == "content/queries/volume.sql")
        checker.strict = true
        #expect(
            await checker.check().diagnostics.contains { $0.message.contains("changed since") && $0.severity == .error }
        )
    }

    /// Every kind of column a snapshot holds, with text that needs quotes or a Unicode look, in one row.
    @Test func everyColumnKindIsWrittenAsFolioReadsItBack() async throws {
        let (site, puller) = try makeSite()
        defer { site.remove() }
        try site.write(
            "content/queries/volume.sql",
            """
            -- source: warehouse
            SELECT 7::int2 AS a, -42::int4 AS b, 9007199254740993::int8 AS c, true AS d, 2.5::float8 AS e,
                   3::float4 AS f, -0.000120::numeric AS g, '2026-03-01'::date AS h,
                   '2026-03-01 08:30:00.25'::timestamp AS i, '2026-03-01 08:30:00+02'::timestamptz AS j,
                   'x,y' AS k, ' lead' AS l, 'Malmö' AS m, 'say "hi"' AS n, NULL::text AS o, '' AS p,
                   'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid AS q, 'två
            rader' AS r, '2026-03' AS s

            """)
        _ = try await puller.pull()
        let lines = try site.text("content/data/snapshots/volume.csv")
        #expect(
            lines == "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s\n"
                + "7,-42,9007199254740993,1,2.5,3,-0.00012,2026-03-01,2026-03-01T08:30:00.250000,"
                + "2026-03-01T06:30:00Z,\"x,y\",\" lead\",Malmö,\"say \"\"hi\"\"\",,,"
                + "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11,\"två\nrader\",2026-03\n")
        let schema = try site.text("content/data/snapshots/volume.csv.yml")
        #expect(schema.contains("\"h\": date\n  \"i\": text\n"), "\(schema)")
        #expect(schema.contains("\"p\": text\n"))
        #expect(schema.contains("\"s\": month\n"))
    }

    @Test(arguments: [
        ("SELECT point(1, 2) AS p", "type POINT"), ("SELECT point(1, 2) AS p WHERE false", "type POINT"),
        ("SELECT 1 AS a, 2 AS a", "two columns named 'a'"), ("SELECT 1 AS a, 2 AS a WHERE false", "two columns"),
        ("SELECT d FROM (VALUES ('2026-01-01'::date), ('infinity'::date)) AS v(d)", "column 'd', row 2: an infinite"),
        ("SELECT 'NaN'::numeric AS x", "column 'x', row 1: NaN"),
    ])
    func aColumnOrCellASnapshotCannotHoldIsReportedAtTheQuery(sql: String, message: String) async throws {
        let (site, puller) = try makeSite()
        defer { site.remove() }
        _ = try await puller.pull()
        let before = try site.folder.files(under: "content/data/snapshots")
        try site.write("content/queries/volume.sql", "-- source: warehouse\n\(sql)\n")
        let found = await diagnostics { try await puller.pull() }
        #expect(found.count == 1)
        #expect(found.first?.message.contains(message) == true, "\(found)")
        #expect(found.first?.location.path == "content/queries/volume.sql")
        #expect(try site.folder.files(under: "content/data/snapshots") == before)
    }

    /// Rows go to the encoder in batches of `PullSink.batchSize`: the order, the count, the row limit and a
    /// bad cell's row number hold across them.
    @Test func rowsKeepTheirOrderAndNumbersAcrossBatches() async throws {
        let (site, puller) = try makeSite()
        defer { site.remove() }
        let count = PullSink.batchSize * 3 + 5
        try site.write(
            "content/sources.yml",
            "warehouse:\n  type: postgres\n  url: ${FOLIO_TEST_WAREHOUSE_URL}\n  maxRows: \(count)\n")
        try site.write(
            "content/queries/volume.sql",
            "-- source: warehouse\nSELECT g AS n, 'r' || g AS label FROM generate_series(1, \(count)) AS g ORDER BY g\n"
        )
        let pulled = try await puller.pull()
        #expect(pulled.first?.rows == count)
        let expected = "n,label\n" + (1...count).map { "\($0),r\($0)\n" }.joined()
        #expect(try site.text("content/data/snapshots/volume.csv") == expected)

        try site.write(
            "content/queries/volume.sql",
            "-- source: warehouse\nSELECT g AS n FROM generate_series(1, \(count + 1)) AS g\n")
        let tooMany = await diagnostics { try await puller.pull() }
        #expect(tooMany.first?.message.contains("more than \(count) rows") == true, "\(tooMany)")
        #expect(try site.text("content/data/snapshots/volume.csv") == expected)

        let bad = PullSink.batchSize * 2 + 7
        try site.write(
            "content/queries/volume.sql",
            "-- source: warehouse\nSELECT CASE WHEN g = \(bad) THEN 'infinity'::date ELSE '2026-01-01'::date END AS d\n"
                + "FROM generate_series(1, \(count)) AS g ORDER BY g\n")
        let unwritable = await diagnostics { try await puller.pull() }
        #expect(unwritable.count == 1)
        #expect(unwritable.first?.message.contains("column 'd', row \(bad): an infinite date") == true, "\(unwritable)")
        #expect(try site.text("content/data/snapshots/volume.csv") == expected)
    }

    @Test func anUnknownHostIsNamed() async throws {
        _ = try TestServer.requireURL()
        let (site, puller) = try makeSite(url: "postgres://folio:pw-xyz-123@no-such-host.invalid:5432/folio")
        defer { site.remove() }
        let found = await diagnostics { try await puller.pull() }
        #expect(found.count == 1)
        #expect(found.first?.message.contains("source 'warehouse' (host no-such-host.invalid, port 5432)") == true)
        #expect(found.first?.message.contains("unknown host") == true, "\(found)")
        #expect(!found.map(\.description).joined().contains("pw-xyz-123"))
    }

    @Test func aServerWithoutTLSIsRefusedWhenTheURLRequiresIt() async throws {
        // PostgreSQL answers a client's SSLRequest with `N` when it does not offer TLS.
        let (found, port) = try await pullRequiringTLS(from: Array("N".utf8))
        #expect(found.count == 1)
        #expect(found.first?.message.contains("does not offer TLS") == true, "\(found)")
        #expect(found.first?.message.contains("port \(port)") == true)
        #expect(found.first?.location.path == "content/sources.yml")
        #expect(!found.map(\.description).joined().contains("pw-xyz-123"))
    }

    @Test func aBrokenTLSHandshakeIsReported() async throws {
        // `S` (TLS offered), then bytes that are no TLS record.
        let (found, _) = try await pullRequiringTLS(from: Array("Snot a TLS server hello".utf8))
        #expect(found.count == 1)
        #expect(found.first?.message.contains("source 'warehouse' (host 127.0.0.1") == true, "\(found)")
        #expect(!found.map(\.description).joined().contains("pw-xyz-123"))
    }

    /// Pulls with `sslmode=require` from a one-shot listener that answers the SSLRequest with `reply`;
    /// returns what the pull reported and the listener's port.
    private func pullRequiringTLS(from reply: [UInt8]) async throws -> (found: [Diagnostic], port: UInt16) {
        _ = try TestServer.requireURL()
        let server = try OneShotServer(reply: reply)
        let (site, puller) = try makeSite(
            url: "postgres://folio:pw-xyz-123@127.0.0.1:\(server.port)/folio?sslmode=require")
        defer { site.remove() }
        return (await diagnostics { try await puller.pull() }, server.port)
    }
}

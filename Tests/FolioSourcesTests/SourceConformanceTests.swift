import FolioData
import FolioDiagnostics
import FolioFormats
import FolioQuery
import FolioSite
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSources

/// What every `SourceEngine` promises (see `SourceSession`), checked against each real server holding the ticket
/// sample as `tickets`: a new engine passes this suite with one more `TestEngine` case.
@Suite(.serialized)
struct SourceConformanceTests {
    /// A copy of `Tests/Fixtures/source-site` whose source `warehouse` is of `engine`'s type, reading `url`
    /// (the server's own when nil); nil when this run has no such server.
    private func makeSite(_ engine: TestEngine, url: String? = nil, limits: String = "  timeout: 5s\n  maxRows: 1000\n")
        throws -> (FixtureSite, SnapshotPuller)?
    {
        guard let server = try engine.url() else { return nil }
        let site = try FixtureSite("source-site")
        try site.write(
            "content/sources.yml",
            "warehouse:\n  type: \(engine.rawValue)\n  url: ${FOLIO_TEST_WAREHOUSE_URL}\n" + limits)
        return (site, SnapshotPuller(root: site.root, environment: ["FOLIO_TEST_WAREHOUSE_URL": url ?? server]))
    }

    private func snapshot(_ site: FixtureSite, _ name: String = "volume") throws -> DataTable {
        var schema = TableSchema()
        for line in try site.text("content/data/snapshots/\(name).csv.yml").split(separator: "\n")
        where line.hasPrefix("  ") {
            let parts = line.split(separator: ":", maxSplits: 1)
            let column = parts[0].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["\""])
            schema.columnTypes[column] = ColumnType(rawValue: parts[1].trimmingCharacters(in: .whitespaces))
        }
        return try CSVReader(schema: schema).read(
            Array(try site.text("content/data/snapshots/\(name).csv").utf8), path: name)
    }

    @Test(arguments: TestEngine.allCases)
    func aPullEqualsTheSameSQLOverTheCSVSampleInSQLite(engine: TestEngine) async throws {
        guard let (site, puller) = try makeSite(engine) else { return }
        defer { site.remove() }
        let pulled = try await puller.pull()
        #expect(pulled.map(\.query) == ["volume"])
        let fromServer = try snapshot(site)

        let sql = try site.text("content/queries/volume.sql").replacingOccurrences(
            of: "FROM tickets", with: "FROM tickets_tickets")
        let csv = try CSVReader().read(
            Array(try Data(contentsOf: TestServer.tickets)), path: "tickets.csv")
        let fromSQLite = try QueryEngine(tables: ["tickets/tickets.csv": csv])
            .run(Query(name: "volume", sql: sql, path: "volume.sql")).table

        #expect(fromServer.rowCount == fromSQLite.rowCount)
        #expect(fromServer.rowCount > 30)
        #expect(fromServer.columnNames == fromSQLite.columnNames)
        #expect(fromServer.columns.map(\.type) == [.month, .text, .number, .number, .number])
        for (left, right) in zip(fromServer.columns, fromSQLite.columns) {
            #expect(left.values == right.values, "column \(left.name)")
        }
        let manifest = try SnapshotManifest.parse(site.text("content/data/snapshots/manifest.yml"))
        #expect(manifest.entries["volume"]?.rows == fromServer.rowCount)
        #expect(manifest.entries["volume"]?.source == "warehouse")
    }

    @Test(arguments: TestEngine.allCases)
    func aBuildReadsTheSnapshotWithNoDatabase(engine: TestEngine) async throws {
        guard let (site, puller) = try makeSite(engine) else { return }
        defer { site.remove() }
        _ = try await puller.pull()
        try await site.build()
        let page = try site.read("sv/index.html")
        #expect(page.contains("<svg"))
        #expect(page.contains("snapshots/volume.csv"))
    }

    @Test(arguments: TestEngine.allCases.flatMap { engine in engine.writes.map { (engine, $0) } })
    func aWriteIsRefusedByTheServerAndNothingChanges(engine: TestEngine, statement: String) async throws {
        guard let (site, puller) = try makeSite(engine) else { return }
        defer { site.remove() }
        try site.write("content/queries/volume.sql", "-- source: warehouse\n\(statement)\n")
        let found = await diagnostics { try await puller.pull() }
        #expect(found.count == 1)
        #expect(found.first?.message.contains("tries to write") == true, "\(found)")
        #expect(found.first?.location.path == "content/queries/volume.sql")
        #expect(!site.has("content/data/snapshots/volume.csv"))
        try site.write("content/queries/volume.sql", "-- source: warehouse\nSELECT count(*) AS n FROM tickets\n")
        _ = try await puller.pull()
        let tickets = try CSVReader().read(Array(try Data(contentsOf: TestServer.tickets)), path: "tickets.csv")
        #expect(try site.text("content/data/snapshots/volume.csv") == "n\n\(tickets.rowCount)\n")
    }

    @Test(arguments: TestEngine.allCases)
    func twoStatementsAreRefused(engine: TestEngine) async throws {
        guard let (site, puller) = try makeSite(engine) else { return }
        defer { site.remove() }
        try site.write("content/queries/volume.sql", "-- source: warehouse\nSELECT 1 AS a; SELECT 2 AS b\n")
        let found = await diagnostics { try await puller.pull() }
        #expect(found.count == 1)
        #expect(found.first?.location.path == "content/queries/volume.sql", "\(found)")
        #expect(!site.has("content/data/snapshots/volume.csv"))
    }

    @Test(arguments: TestEngine.allCases)
    func aQueryOverTheTimeLimitIsStopped(engine: TestEngine) async throws {
        guard let (site, puller) = try makeSite(engine, limits: "  timeout: 1s\n") else { return }
        defer { site.remove() }
        try site.write("content/queries/volume.sql", "-- source: warehouse\n\(engine.slowQuery)\n")
        let found = await diagnostics { try await puller.pull() }
        #expect(found.first?.message.contains("was stopped after 1 s") == true, "\(found)")
        #expect(found.first?.location.path == "content/queries/volume.sql")
    }

    @Test(arguments: TestEngine.allCases)
    func moreRowsThanTheLimitWriteNoSnapshotAndLeaveTheOldOne(engine: TestEngine) async throws {
        guard let (site, puller) = try makeSite(engine) else { return }
        defer { site.remove() }
        _ = try await puller.pull()
        let before = try site.folder.files(under: "content/data/snapshots")
        try site.write(
            "content/sources.yml",
            "warehouse:\n  type: \(engine.rawValue)\n  url: ${FOLIO_TEST_WAREHOUSE_URL}\n  maxRows: 10\n")
        let found = await diagnostics { try await puller.pull() }
        #expect(found.first?.message.contains("more than 10 rows") == true, "\(found)")
        #expect(found.first?.message.contains("'volume'") == true)
        #expect(try site.folder.files(under: "content/data/snapshots") == before)
    }

    /// Enough rows for several of each engine's batches and blocks: order, count and the limit hold.
    @Test(arguments: TestEngine.allCases)
    func rowsKeepTheirOrderAndTheLimitIsExact(engine: TestEngine) async throws {
        let count = PullSink.batchSize * 3 + 5
        guard let (site, puller) = try makeSite(engine, limits: "  maxRows: \(count)\n") else { return }
        defer { site.remove() }
        try site.write("content/queries/volume.sql", "-- source: warehouse\n\(engine.numbered(count))\n")
        let pulled = try await puller.pull()
        #expect(pulled.first?.rows == count)
        let expected = "n,label\n" + (1...count).map { "\($0),r\($0)\n" }.joined()
        #expect(try site.text("content/data/snapshots/volume.csv") == expected)

        try site.write("content/queries/volume.sql", "-- source: warehouse\n\(engine.numbered(count + 1))\n")
        let tooMany = await diagnostics { try await puller.pull() }
        #expect(tooMany.first?.message.contains("more than \(count) rows") == true, "\(tooMany)")
        #expect(try site.text("content/data/snapshots/volume.csv") == expected)
    }

    @Test(arguments: TestEngine.allCases)
    func anUnknownTableIsAtItsLineAndColumnWithTheServersWords(engine: TestEngine) async throws {
        guard let (site, puller) = try makeSite(engine) else { return }
        defer { site.remove() }
        try site.write(
            "content/queries/volume.sql",
            "-- source: warehouse\nSELECT channel,\n       count(*) AS n\nFROM ticketz\nGROUP BY channel\n")
        let found = await diagnostics { try await puller.pull() }
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(path: "content/queries/volume.sql", line: 4, column: 6))
        #expect(found.first?.message.contains("ticketz") == true, "\(found)")
    }

    @Test(arguments: TestEngine.allCases)
    func anUnknownColumnIsAtItsLineAndColumnWithTheServersWords(engine: TestEngine) async throws {
        guard let (site, puller) = try makeSite(engine) else { return }
        defer { site.remove() }
        try site.write(
            "content/queries/volume.sql", "-- source: warehouse\nSELECT channel,\n       nope\nFROM tickets\n")
        let found = await diagnostics { try await puller.pull() }
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(path: "content/queries/volume.sql", line: 3, column: 8))
        #expect(found.first?.message.contains("nope") == true, "\(found)")
    }

    @Test(arguments: TestEngine.allCases)
    func aSyntaxErrorIsAtItsLineAndColumn(engine: TestEngine) async throws {
        guard let (site, puller) = try makeSite(engine) else { return }
        defer { site.remove() }
        try site.write(
            "content/queries/volume.sql",
            "-- source: warehouse\nSELECT channel, count(*) AS n\nFROM tickets\nGROUP BY channel\nORDER BY channel\nLIMT 3\n"
        )
        let found = await diagnostics { try await puller.pull() }
        #expect(found.count == 1)
        #expect(
            found.first?.location == SourceLocation(path: "content/queries/volume.sql", line: 6, column: 1), "\(found)")
    }

    @Test(arguments: TestEngine.allCases)
    func anEmptyResultWritesTheHeaderAndTheColumnTypes(engine: TestEngine) async throws {
        guard let (site, puller) = try makeSite(engine) else { return }
        defer { site.remove() }
        try site.write(
            "content/queries/volume.sql",
            "-- source: warehouse\nSELECT channel, count(*) AS n, min(\(engine.createdDay)) AS first FROM tickets\n"
                + "WHERE 1 = 0 GROUP BY channel\n")
        let pulled = try await puller.pull()
        #expect(pulled.first?.rows == 0)
        #expect(try site.text("content/data/snapshots/volume.csv") == "channel,n,first\n")
        let schema = try site.text("content/data/snapshots/volume.csv.yml")
        #expect(schema.contains("\"channel\": text\n  \"n\": number\n  \"first\": date\n"), "\(schema)")
    }

    @Test(arguments: TestEngine.allCases)
    func aColumnASnapshotCannotHoldIsNamedAndTheOldSnapshotKept(engine: TestEngine) async throws {
        guard let (site, puller) = try makeSite(engine) else { return }
        defer { site.remove() }
        _ = try await puller.pull()
        let before = try site.folder.files(under: "content/data/snapshots")
        try site.write("content/queries/volume.sql", "-- source: warehouse\n\(engine.unsupported.sql)\n")
        let found = await diagnostics { try await puller.pull() }
        #expect(found.count == 1)
        #expect(found.first?.message.contains("column 'p'") == true, "\(found)")
        #expect(found.first?.message.contains(engine.unsupported.type) == true, "\(found)")
        #expect(found.first?.location.path == "content/queries/volume.sql")
        #expect(try site.folder.files(under: "content/data/snapshots") == before)
    }

    @Test(arguments: TestEngine.allCases)
    func everyColumnKindIsWrittenAlikeWhateverTheEngine(engine: TestEngine) async throws {
        guard let (site, puller) = try makeSite(engine) else { return }
        defer { site.remove() }
        try site.write("content/queries/volume.sql", "-- source: warehouse\n\(engine.everyKind)\n")
        _ = try await puller.pull()
        #expect(
            try site.text("content/data/snapshots/volume.csv")
                == "a,b,c,d,e,f,g,h,i,k,l,m,n,o,p,q,r,s\n"
                + "7,-42,9007199254740993,1,2.5,3,-0.00012,2026-03-01,2026-03-01T08:30:00,\"x,y\",\" lead\",Malmö,"
                + "\"say \"\"hi\"\"\",,,a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11,\"två\nrader\",2026-03\n")
        let schema = try site.text("content/data/snapshots/volume.csv.yml")
        #expect(
            schema.contains(
                "\"a\": number\n  \"b\": number\n  \"c\": number\n  \"d\": number\n  \"e\": number\n"
                    + "  \"f\": number\n  \"g\": number\n  \"h\": date\n  \"i\": text\n"),
            "\(schema)")
        #expect(schema.contains("\"p\": text\n"))
        #expect(schema.contains("\"s\": month\n"))
    }

    @Test(arguments: TestEngine.allCases)
    func aRefusedConnectionNamesTheSourceHostAndPort(engine: TestEngine) async throws {
        guard let (site, puller) = try makeSite(engine, url: engine.refusedURL) else { return }
        defer { site.remove() }
        let found = await diagnostics { try await puller.pull() }
        #expect(found.count == 1)
        #expect(found.first?.message == "source 'warehouse' (host 127.0.0.1, port 1): connection refused", "\(found)")
        #expect(found.first?.location.path == "content/sources.yml")
        #expect(!found.map(\.description).joined().contains("pw-xyz-123"))
    }

    @Test(arguments: TestEngine.allCases)
    func thePasswordIsNeverPrinted(engine: TestEngine) async throws {
        guard let url = try engine.url() else { return }
        let password = TestServer.password(in: url)
        #expect(password.count >= 16)
        let wrong = "wrong-\(UUID().uuidString)"
        var outputs: [String] = []
        // A bad password, a missing database, a SQL error, a timeout, a refused write, a row limit.
        for (variant, sql) in [
            (url.replacingOccurrences(of: password, with: wrong), "SELECT 1 AS one"),
            (engine.withDatabase("nodb", in: url), "SELECT 1 AS one"),
            (url, "SELECT nope FROM tickets"),
            (url, engine.slowQuery),
            (url, "DROP TABLE tickets"),
            (url, "SELECT id FROM tickets"),
        ] {
            guard let (site, puller) = try makeSite(engine, url: variant, limits: "  timeout: 1s\n  maxRows: 5\n")
            else { return }
            defer { site.remove() }
            try site.write("content/queries/volume.sql", "-- source: warehouse\n\(sql)\n")
            let found = await diagnostics { try await puller.pull() }
            #expect(found.count == 1, "\(sql): \(found)")
            outputs += found.map(\.description)
        }
        let all = outputs.joined(separator: "\n")
        #expect(all.contains("refused user 'folio'"), "\(all)")
        #expect(all.contains("nodb"))
        #expect(all.contains("nope"))
        #expect(all.contains("was stopped after 1 s"))
        #expect(all.contains("tries to write"))
        #expect(all.contains("more than 5 rows"))
        #expect(!all.contains(password))
        #expect(!all.contains(wrong))
    }
}

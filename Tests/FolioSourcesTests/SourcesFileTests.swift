import FolioDiagnostics
import FolioTestSupport
import Testing

@testable import FolioSources

@Suite struct SourcesFileTests {
    let environment = ["WAREHOUSE_URL": "postgres://reader:s3cret@db.example.org:6432/helpdesk?sslmode=require"]

    @Test func readsASourceWithItsURLFromTheEnvironment() throws {
        let sources = try SourcesFile.parse(
            "warehouse:\n  type: postgres\n  url: ${WAREHOUSE_URL}\n  timeout: 2 min\n  maxRows: 500\n",
            environment: environment)
        let source = try #require(sources["warehouse"])
        let url = try source.url()
        #expect(url.host == "db.example.org")
        #expect(url.port == 6432)
        #expect(url.user == "reader")
        #expect(url.password == "s3cret")
        #expect(url.database == "helpdesk")
        #expect(url.tls == .require)
        #expect(source.timeout == 120)
        #expect(source.maxRows == 500)
    }

    @Test func defaultsAreSixtySecondsAndAMillionRows() throws {
        let sources = try SourcesFile.parse("w:\n  type: postgres\n  url: ${WAREHOUSE_URL}\n", environment: environment)
        #expect(sources["w"]?.timeout == 60)
        #expect(sources["w"]?.maxRows == 1_000_000)
    }

    @Test func aMissingVariableNamesTheVariableAndTheSourceWhenTheSourceIsUsed() throws {
        let sources = try SourcesFile.parse(
            "warehouse:\n  type: postgres\n  url: ${FOLIO_WAREHOUSE_URL}\n", environment: [:])
        let found = diagnostics { try sources["warehouse"]?.url() }
        #expect(found.count == 1)
        #expect(found.first?.message.contains("FOLIO_WAREHOUSE_URL") == true)
        #expect(found.first?.message.contains("'warehouse'") == true)
        #expect(found.first?.location == SourceLocation(path: "content/sources.yml", line: 3, column: 8))
    }

    @Test func anUnknownKeyGetsADidYouMean() {
        let found = diagnostics {
            try SourcesFile.parse(
                "warehouse:\n  type: postgres\n  url: ${WAREHOUSE_URL}\n  maxRow: 5\n", environment: environment)
        }
        #expect(found.first?.hint?.contains("did you mean 'maxRows'") == true)
        #expect(found.first?.location.line == 4)
    }

    @Test func aPasswordWrittenInTheFileIsRefusedWithoutEchoingIt() {
        let found = diagnostics {
            try SourcesFile.parse(
                "w:\n  type: postgres\n  url: postgres://u:hunter2@db/x\n", environment: environment)
        }
        #expect(found.first?.message.contains("holds a password") == true)
        #expect(!found.map(\.description).joined().contains("hunter2"))
    }

    @Test func aBadURLIsDescribedWithoutItsText() {
        let found = diagnostics {
            try SourcesFile.parse(
                "w:\n  type: postgres\n  url: ${U}\n", environment: ["U": "mysql://u:topsecret@db/x"])["w"]?.url()
        }
        #expect(found.first?.message.contains("postgres://") == true)
        #expect(!found.map(\.description).joined().contains("topsecret"))
    }

    @Test func aSocketFolderInTheURL() throws {
        let url = try PostgresURL.parse("postgres://folio:pw@localhost/folio?host=/tmp/pg/socket&sslmode=disable")
        #expect(url.socketPath == "/tmp/pg/socket/.s.PGSQL.5432")
        #expect(url.place == "socket /tmp/pg/socket/.s.PGSQL.5432")
        #expect(url.database == "folio")
    }

    @Test func percentEncodedPasswordsAreDecoded() throws {
        let url = try PostgresURL.parse("postgres://folio:p%40ss%2Fword@db:5433/x")
        #expect(url.password == "p@ss/word")
        #expect(url.place == "host db, port 5433")
    }

    @Test func readsAClickHouseSource() throws {
        let sources = try SourcesFile.parse(
            "events:\n  type: clickhouse\n  url: ${EVENTS_URL}\n",
            environment: ["EVENTS_URL": "https://reader:s3cret@ch.example.org/helpdesk"])
        let engine = try #require(try sources["events"]?.engine() as? ClickHouseEngine)
        #expect(
            engine.url
                == ClickHouseURL(
                    tls: true, user: "reader", password: "s3cret", host: "ch.example.org", port: 8443,
                    database: "helpdesk"))
        #expect(engine.place == "host ch.example.org, port 8443")
    }

    @Test func anUnknownTypeNamesTheKnownOnes() {
        let found = diagnostics {
            try SourcesFile.parse("w:\n  type: mysql\n  url: ${U}\n", environment: ["U": "x"])
        }
        #expect(found.first?.message == "source 'w': unknown type 'mysql'")
        #expect(found.first?.hint?.contains("postgres, clickhouse") == true)
        #expect(found.first?.location == SourceLocation(path: "content/sources.yml", line: 2, column: 9))
    }

    @Test func aClickHousePasswordWrittenInTheFileIsRefusedWithoutEchoingIt() {
        let found = diagnostics {
            try SourcesFile.parse(
                "w:\n  type: clickhouse\n  url: http://u:hunter2@db:8123/x\n", environment: environment)
        }
        #expect(found.first?.message.contains("holds a password") == true)
        #expect(!found.map(\.description).joined().contains("hunter2"))
    }
}

extension Source {
    /// The PostgreSQL URL of a `type: postgres` source.
    fileprivate func url() throws -> PostgresURL {
        let engine = try engine()
        guard let postgres = engine as? PostgresEngine else {
            Issue.record("source '\(name)' is not a PostgreSQL source")
            throw TestServer.Missing()
        }
        return postgres.url
    }
}

import Foundation
import Testing

/// A real server the conformance suite runs against, started by `scripts/postgres-test-server run` or
/// `scripts/clickhouse-test-server run` (`make test` nests both), with what differs between their SQL.
///
/// Without its URL a server's tests pass without running locally, but under CI (`CI` set) they fail, so CI
/// can never pass without both servers.
enum TestEngine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case postgres
    case clickhouse

    var testDescription: String { rawValue }

    /// The environment variable the server script sets.
    var variable: String {
        switch self {
        case .postgres: "FOLIO_TEST_POSTGRES_URL"
        case .clickhouse: "FOLIO_TEST_CLICKHOUSE_URL"
        }
    }

    /// The server's URL; nil when this run has no such server and need not (a local `swift test`).
    func url() throws -> String? {
        if let url = TestServer.environment[variable] { return url }
        guard TestServer.environment["CI"] == nil else {
            Issue.record("\(variable) is not set: run `scripts/\(rawValue)-test-server run swift test`")
            throw TestServer.Missing()
        }
        return nil
    }

    /// Statements that would change the server, each to be refused by it.
    var writes: [String] {
        switch self {
        case .postgres:
            [
                "DROP TABLE tickets",
                "INSERT INTO tickets (id, created, channel, team, language, reopened) "
                    + "VALUES (1, 'x', 'x', 'x', 'x', 0) RETURNING id",
                "ALTER TABLE tickets ADD COLUMN pwned int", "DELETE FROM tickets RETURNING id",
            ]
        case .clickhouse:
            [
                "DROP TABLE tickets",
                "INSERT INTO tickets (id, created, channel, team, language, reopened) "
                    + "VALUES (1, 'x', 'x', 'x', 'x', 0)",
                "ALTER TABLE tickets DELETE WHERE 1", "SYSTEM SHUTDOWN", "CREATE TABLE pwned (a UInt8) ENGINE = Memory",
            ]
        }
    }

    /// A query that runs far longer than a second.
    var slowQuery: String {
        switch self {
        case .postgres: "SELECT 1 AS one FROM pg_sleep(30)"
        case .clickhouse: "SELECT count() AS n FROM (SELECT number FROM system.numbers LIMIT 1000000000000)"
        }
    }

    /// `n` (1…count, in order) and `label` (`r1`…).
    func numbered(_ count: Int) -> String {
        switch self {
        case .postgres: "SELECT g AS n, 'r' || g AS label FROM generate_series(1, \(count)) AS g ORDER BY g"
        case .clickhouse:
            "SELECT number + 1 AS n, concat('r', toString(number + 1)) AS label FROM system.numbers LIMIT \(count)"
        }
    }

    /// The day of a ticket's `created` text.
    var createdDay: String {
        switch self {
        case .postgres: "created::date"
        case .clickhouse: "toDate(substring(created, 1, 10))"
        }
    }

    /// A column a snapshot cannot hold, and the words naming its type.
    var unsupported: (sql: String, type: String) {
        switch self {
        case .postgres: ("SELECT point(1, 2) AS p", "type POINT")
        case .clickhouse: ("SELECT [1, 2] AS p", "type Array(UInt8)")
        }
    }

    /// A URL of the engine's form to a port nothing listens on.
    var refusedURL: String {
        switch self {
        case .postgres: "postgres://folio:pw-xyz-123@127.0.0.1:1/folio?sslmode=disable"
        case .clickhouse: "http://folio:pw-xyz-123@127.0.0.1:1/folio"
        }
    }

    /// `url` with another database.
    func withDatabase(_ name: String, in url: String) -> String {
        switch self {
        case .postgres: url.replacingOccurrences(of: "/folio?", with: "/\(name)?")
        case .clickhouse: url.replacingOccurrences(of: "/folio", with: "/\(name)")
        }
    }

    /// One row of every kind of column a snapshot holds, with text that needs quotes or a Unicode look: the
    /// same values in each engine's SQL, so the same snapshot bytes.
    var everyKind: String {
        switch self {
        case .postgres:
            """
            SELECT 7::int2 AS a, -42::int4 AS b, 9007199254740993::int8 AS c, true AS d, 2.5::float8 AS e,
                   3::float4 AS f, -0.000120::numeric AS g, '2026-03-01'::date AS h,
                   '2026-03-01 08:30:00'::timestamp AS i, 'x,y' AS k, ' lead' AS l, 'Malmö' AS m, 'say "hi"' AS n,
                   NULL::text AS o, '' AS p, 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid AS q, 'två
            rader' AS r, '2026-03' AS s
            """
        case .clickhouse:
            """
            SELECT toInt16(7) AS a, toInt32(-42) AS b, toInt64(9007199254740993) AS c, toUInt8(1) AS d,
                   toFloat64(2.5) AS e, toFloat32(3) AS f, toDecimal64(-0.00012, 6) AS g, toDate('2026-03-01') AS h,
                   toDateTime('2026-03-01 08:30:00') AS i, 'x,y' AS k, ' lead' AS l, 'Malmö' AS m, 'say "hi"' AS n,
                   CAST(NULL AS Nullable(String)) AS o, '' AS p, toUUID('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11') AS q,
                   'två\\nrader' AS r, toLowCardinality('2026-03') AS s
            """
        }
    }
}

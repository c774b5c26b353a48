import FolioDirectives
import Foundation

/// A database engine a source names with `type:` in `content/sources.yml`: reads the source's URL and opens a
/// session for one pull. PostgreSQL and ClickHouse conform; a third engine is one conforming type, listed in
/// `SourceEngines.all`, and the conformance suite (`SourceConformanceTests`) run against its server.
protocol SourceEngine: Sendable {
    /// The `type:` that names the engine (`postgres`).
    static var type: String { get }
    /// A URL of the engine's form, for hints (`postgres://user:password@host:5432/database`).
    static var urlExample: String { get }
    /// Reads the source's URL (already expanded from the environment); a problem is worded without the URL,
    /// which may hold the password.
    init(url: String) throws(URLProblem)
    /// `host db.example.org, port 5432`: where the server is, for errors (never the password).
    var place: String { get }
    /// Opens a session with the server, or throws a `Diagnostic` at the source saying why not.
    func connect(_ source: Source) async throws -> any SourceSession
}

/// One open connection to a source, for the queries of one pull.
///
/// What every engine promises (the conformance suite checks each against its real server):
/// - the server itself refuses any write (a read-only transaction, a read-only setting), and one request holds
///   one statement;
/// - a query stops after the source's `timeout`, and fails with "returns more than N rows" past its `maxRows`;
/// - the rows stream into a temporary `SnapshotFile` (memory flat in the number of rows), removed on failure;
///   the CSV and the column types are those `CellText` describes, whatever the engine;
/// - every failure is a `Diagnostic` at the query (a SQL error at its line and column) or at the source, with
///   the server's own words, and never the password.
protocol SourceSession {
    /// Runs `file`'s SQL and streams its result into a temporary snapshot beside `final`.
    func pull(_ file: NamedQueries.File, into final: URL) async throws -> PulledSnapshot
    /// Closes the connection (after the last query, or after a failure).
    func close() async
}

/// The engines `type:` can name.
enum SourceEngines {
    static var all: [any SourceEngine.Type] { [PostgresEngine.self, ClickHouseEngine.self] }

    static func named(_ type: String) -> (any SourceEngine.Type)? {
        all.first { $0.type == type }
    }

    /// `postgres, clickhouse`: for hints.
    static var typeList: String { all.map { $0.type }.joined(separator: ", ") }
}

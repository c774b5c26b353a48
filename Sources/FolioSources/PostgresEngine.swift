import FolioDirectives
import Foundation
import Logging
import NIOCore
import PostgresNIO

/// `type: postgres`: a PostgreSQL server through postgres-nio (TLS, SCRAM, rows streamed), each query in a
/// READ ONLY transaction with the source's `statement_timeout`.
struct PostgresEngine: SourceEngine {
    static let type = "postgres"
    static let urlExample = "postgres://user:password@host:5432/database"
    let url: PostgresURL

    init(url: String) throws(URLProblem) {
        self.url = try PostgresURL.parse(url)
    }

    var place: String { url.place }

    func connect(_ source: Source) async throws -> any SourceSession {
        var configuration: PostgresConnection.Configuration
        if let socket = url.socketPath {
            configuration = .init(
                unixSocketPath: socket, username: url.user, password: url.password, database: url.database)
        } else {
            configuration = .init(
                host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
                tls: try TLSSettings.tls(for: url.tls))
        }
        configuration.options.connectTimeout = .seconds(10)
        do {
            let connection = try await PostgresConnection.connect(
                configuration: configuration, id: 1, logger: Self.silent)
            return PostgresSession(connection: connection, source: source, url: url)
        } catch {
            throw PullProblem.diagnostic(error, source: source, url: url, query: nil)
        }
    }

    /// The driver logs nothing: a log line could carry connection details.
    static let silent = Logger(label: "folio.pull", factory: { _ in SwiftLogNoOpLogHandler() })
}

/// One PostgreSQL connection for the queries of a pull.
struct PostgresSession: SourceSession {
    let connection: PostgresConnection
    let source: Source
    let url: PostgresURL

    /// Runs one query in a READ ONLY transaction with the source's statement timeout, streaming its rows
    /// into a temporary snapshot file; returns it with the columns' types. A failed query removes its file.
    /// (The extended query protocol postgres-nio speaks takes one statement per query.)
    func pull(_ file: NamedQueries.File, into final: URL) async throws -> PulledSnapshot {
        let silent = PostgresEngine.silent
        let sink = PullSink(final: final, file: file, source: source)
        do {
            // REPEATABLE READ: the second look below, for the columns of an empty result, sees the same data.
            try await connection.query("START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: silent)
            let milliseconds = Int((source.timeout * 1000).rounded())
            try await connection.query(
                PostgresQuery(unsafeSQL: "SET LOCAL statement_timeout = \(milliseconds)"), logger: silent)
            _ = try await connection.query(PostgresQuery(unsafeSQL: file.sql), logger: silent) { row in
                try sink.receive(row)
            }.get()
            if !sink.started {
                // No row came to name the columns: run it again for its row description.
                let rows = try await connection.query(PostgresQuery(unsafeSQL: file.sql), logger: silent)
                try sink.start(columns: rows.columns.map { ($0.name, $0.dataType, $0.format) })
                for try await row in rows { try sink.receive(row) }
            }
            let finished = try sink.finish()
            try await connection.query("COMMIT", logger: silent)
            return finished
        } catch {
            sink.drain()
            sink.snapshot?.discard()
            if let overflow = sink.overflow { throw overflow }
            switch error {
            case let error as PSQLError: throw PullProblem.diagnostic(error, source: source, url: url, query: file)
            default: throw error
            }
        }
    }

    func close() async {
        try? await connection.close()
    }
}

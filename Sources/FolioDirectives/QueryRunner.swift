import FolioData
import FolioDiagnostics
import FolioQuery
import Foundation
import Synchronization

/// Runs one build's SQL: the named queries of `content/queries` (in the load step) and the `sql:` of
/// specs (when a page first renders one), each query once per build however many pages and languages
/// read it.
///
/// A class because the engine (an in-memory SQLite database) and the memo are shared by every page
/// renderer of a build; every use is under the `state` mutex. A result is a function of the SQL and the tables
/// alone, so the order in which pages ask changes no byte of the output. SQLite is started only when
/// a query has to run: a build whose queries are all reused from the previous one (`folio serve`
/// after a page edit) loads no table into it.
public final class QueryRunner: Sendable {
    private let files: [String: DataFile]
    private let limits: QueryLimits
    /// The previous build's successful results and the tables they were computed from.
    private let previous: [Query: QueryResult]
    private let previousFiles: [String: DataFile]
    private let state = Mutex(State())

    /// What this build has run so far.
    private struct State {
        var engine: QueryEngine?
        /// This build's results (and failures) by query, for every page that asks again.
        var memo: [Query: Result<QueryResult, any Error>] = [:]
        var executed: [String] = []
    }

    /// Names of the queries this build ran rather than reused, in the order they ran (tests, `serve`).
    public var ran: [String] {
        state.withLock { $0.executed }
    }

    /// - Parameters:
    ///   - files: the data files by path under `content/data`, as loaded; a streamed CSV file goes from
    ///     its bytes into SQLite when a query first reads it, never through a `DataTable`.
    ///   - seconds: how long one query may run (`queryTimeout` in `site.yml`).
    ///   - previous: the runner of the previous build; its result for a query is reused while the SQL
    ///     and every file the query read are unchanged.
    public init(files: [String: DataFile], timeLimit seconds: Double = 10, reusing previous: QueryRunner? = nil) {
        self.files = files
        self.limits = QueryLimits(seconds: seconds)
        self.previous =
            previous?.state.withLock { state in
                var kept: [Query: QueryResult] = [:]
                for (query, result) in state.memo {
                    if case .success(let value) = result { kept[query] = value }
                }
                return kept
            } ?? [:]
        self.previousFiles = previous?.files ?? [:]
    }

    /// A runner over tables already read (tests, and sites without streamed files).
    public convenience init(
        tables: [String: DataTable], timeLimit seconds: Double = 10, reusing previous: QueryRunner? = nil
    ) {
        self.init(files: tables.mapValues(DataFile.init(table:)), timeLimit: seconds, reusing: previous)
    }

    /// Runs the named query in `content/queries/<name>.sql` (`path` is that display path); a query whose
    /// first line names a source (`-- source: warehouse`) is not run: its snapshot is its result.
    public func run(name: String, sql: String, path: String) throws -> QueryResult {
        if let source = SourceDeclaration.source(in: sql) {
            return try snapshot(name: name, source: source, path: path)
        }
        return try run(Query(name: name, sql: sql, path: path))
    }

    /// Runs SQL written inside a spec, whose first character is at `start` in the Markdown file.
    /// `parameters` are the row of the generated page the spec is on, bound to `:name` in the SQL.
    public func run(sql: String, start: SourceLocation, parameters: [String: Cell]? = nil) throws -> QueryResult {
        if let source = SourceDeclaration.source(in: sql) {
            throw Diagnostic(
                start, "SQL in a spec cannot read the source '\(source)'",
                hint:
                    "put it in content/queries/<name>.sql, pull it with `folio pull`, and read it with `data: query:<name>`"
            )
        }
        // Only the values the SQL may name are part of the query: an edit of another column of the
        // row reuses the result.
        let named = parameters?.filter { name, _ in [":", "@", "$"].contains { sql.contains($0 + name) } }
        var query = Query(name: "sql", sql: sql, start: start, parameters: named)
        query.rowColumns = parameters?.keys.sorted() ?? []
        return try run(query)
    }

    /// The snapshot `folio pull` wrote for a source query: a data file like any other, so the build reads
    /// no database.
    private func snapshot(name: String, source: String, path: String) throws -> QueryResult {
        let file = SourceDeclaration.snapshotPath(for: name)
        guard let table = try files[file]?.table() else {
            throw Diagnostic(
                SourceLocation(path: path, line: 1, column: 1),
                "query '\(name)' reads the source '\(source)' and has no snapshot content/data/\(file)",
                hint: "run `folio pull \(name)` where the database is reachable, then commit the snapshot")
        }
        return QueryResult(table: table, sources: [file])
    }

    /// Holds the lock while the query runs, so a query many pages ask for at once runs once.
    private func run(_ query: Query) throws -> QueryResult {
        try state.withLock { state in
            if let known = state.memo[query] { return try known.get() }
            if let reused = previous[query],
                reused.sources.allSatisfy({ source in
                    previousFiles[source] == files[source] && files[source] != nil
                })
            {
                state.memo[query] = .success(reused)
                return reused
            }
            let outcome = Result { () throws -> QueryResult in
                let engine = try state.engine ?? QueryEngine(sources: Self.sources(files), limits: limits)
                state.engine = engine
                return try engine.run(query)
            }
            state.executed.append(query.name)
            state.memo[query] = outcome
            return try outcome.get()
        }
    }

    /// What the engine loads: a streamed file's bytes, or the table a file was read into.
    private static func sources(_ files: [String: DataFile]) -> [String: QueryTable] {
        files.mapValues { file in file.stream.map(QueryTable.csv) ?? QueryTable.table(file.shape) }
    }
}

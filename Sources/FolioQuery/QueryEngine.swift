import Csqlite3
import FolioData
import FolioDiagnostics
import Foundation
import Synchronization

/// Runs authors' SQL over the site's data files with SQLite, at build time, and returns typed tables.
///
/// One engine per build: it holds an in-memory database in which every data file has a table (named by
/// `TableName`), filled only when a query first reads it, once. Queries may only read (see `QueryGuard`),
/// must be one `SELECT` or `WITH … SELECT`, and are stopped after `QueryLimits.seconds`.
///
/// SQLite is Debian's system library through the thin `Csqlite3` module rather than GRDB.swift: a clean
/// debug build of GRDB took 107 s against 10 s for the wrapper on this 2-core machine (measured side by
/// side, bench/HISTORY.md "Queries"), and the engine needs the C API's authorizer, progress handler, error
/// offsets and aggregate functions directly, which GRDB partly reserves for itself (it installs its own
/// authorizer on every statement it compiles).
///
/// A class, because it owns the connection; safe to share between tasks because the connection lives in
/// a `Mutex` and every use of it is under that lock (SQLite runs one statement at a time per connection
/// anyway).
public final class QueryEngine: Sendable {
    private let catalog: SQLCatalog
    private let connection: Mutex<Connection>

    /// Prepares an engine over `tables` (keyed by path under `content/data`, as the data loader gives
    /// them); nothing is loaded until a query reads it.
    public convenience init(tables: [String: DataTable], limits: QueryLimits = QueryLimits()) throws {
        try self.init(sources: tables.mapValues { .table($0) }, limits: limits)
    }

    /// Prepares an engine over tables that may be CSV streams, whose rows go from the file's bytes into
    /// SQLite when a query first reads them, with no `DataTable` in between (see `CSVStream`).
    public init(sources: [String: QueryTable], limits: QueryLimits = QueryLimits()) throws {
        let catalog = SQLCatalog(tables: sources)
        self.catalog = catalog
        connection = Mutex(try Connection(catalog: catalog, limits: limits))
    }

    /// SQL table name → data file path (under `content/data`), for documentation and `folio check`.
    public var tableNames: [String: String] {
        Dictionary(uniqueKeysWithValues: catalog.entries.values.map { ($0.name, $0.path) })
    }

    /// Runs `query` and returns its rows as a typed table, with the data files it read.
    ///
    /// - Parameter declaredTypes: Folio types for result columns by name, for expressions whose type
    ///   SQLite cannot know (`avg(csat) AS csat` declared `percent` is formatted as a percent).
    /// - Throws: a located `Diagnostic`. A query that returns no rows is not an error here.
    public func run(_ query: Query, declaredTypes: [String: ColumnType] = [:]) throws -> QueryResult {
        try connection.withLock { connection in try connection.run(query, declaredTypes: declaredTypes) }
    }
}

/// The SQLite connection and what it has loaded: one query at a time, under `QueryEngine`'s lock.
private final class Connection {
    private let database: SQLiteDatabase
    private let queryGuard = QueryGuard()
    private let catalog: SQLCatalog
    private let limits: QueryLimits
    /// Name keys of tables already filled.
    private var loaded: Set<String> = []
    /// Name key → why the table could not be created (columns whose names differ only in case).
    private var unusable: [String: String] = [:]

    init(catalog: SQLCatalog, limits: QueryLimits) throws {
        self.catalog = catalog
        self.limits = limits
        do {
            self.database = try SQLiteDatabase()
            try PercentileAggregate.register(on: database)
        } catch {
            throw Diagnostic(SourceLocation(path: "content/data"), "cannot start SQLite: \(error.message)")
        }
        for (key, entry) in catalog.entries {
            do {
                try database.execute(TableLoader.createStatement(name: entry.name, table: entry.table))
            } catch {
                unusable[key] = error.message
            }
        }
        queryGuard.install(on: database)
    }

    func run(_ query: Query, declaredTypes: [String: ColumnType]) throws -> QueryResult {
        defer {
            queryGuard.mode = .loading
            queryGuard.deadline = nil
        }
        let problems = QueryProblems(query: query, catalog: catalog, unusable: unusable)
        queryGuard.beginQuery(deadline: nil)
        let statement = try prepare(query, problems: problems)
        defer { sqlite3_finalize(statement) }
        try QueryParameters.bind(query, to: statement)
        let read = queryGuard.tablesRead.compactMap { catalog.entry(named: $0) }
        try load(read)
        queryGuard.beginQuery(deadline: .now + .milliseconds(Int((limits.seconds * 1000).rounded())))
        do {
            let table = try ResultReader(query: query, declaredTypes: declaredTypes).read(statement, database: database)
            return QueryResult(table: table, sources: Set(read.map(\.path)).sorted())
        } catch let error as SQLiteError {
            if queryGuard.stoppedByDeadline { throw problems.timeLimit(seconds: limits.seconds) }
            throw problems.runtime(error)
        }
    }

    /// Compiles the one statement in `query`, or throws why it is not an acceptable query.
    private func prepare(_ query: Query, problems: QueryProblems) throws -> OpaquePointer {
        let bytes = Array(query.sql.utf8)
        var statement: OpaquePointer?
        var tailOffset = 0
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars -> Int32 in
                guard let base = chars.baseAddress else { return SQLITE_MISUSE }
                var tail: UnsafePointer<CChar>?
                let status = sqlite3_prepare_v2(database.handle, base, Int32(chars.count), &statement, &tail)
                tailOffset = tail.map { base.distance(to: $0) } ?? chars.count
                return status
            }
        }
        guard status == SQLITE_OK else {
            if let refused = queryGuard.refused { throw problems.refused(refused) }
            throw problems.compile(database.lastError)
        }
        guard let statement else { throw problems.empty() }
        if let extra = QueryProblems.firstToken(in: bytes, from: tailOffset) {
            sqlite3_finalize(statement)
            throw problems.trailingStatement(atByte: extra)
        }
        if sqlite3_stmt_isexplain(statement) != 0 || sqlite3_stmt_readonly(statement) == 0
            || sqlite3_column_count(statement) == 0
        {
            sqlite3_finalize(statement)
            throw problems.refused("a statement that is not a SELECT")
        }
        return statement
    }

    /// Fills the tables `entries` names that no earlier query has read.
    private func load(_ entries: [SQLCatalog.Entry]) throws {
        queryGuard.mode = .loading
        for entry in entries.sorted(by: { $0.name < $1.name }) where !loaded.contains(TableName.key(entry.name)) {
            do {
                if let stream = entry.stream {
                    try TableLoader.fill(entry.name, from: stream, in: database)
                } else {
                    try TableLoader.fill(entry.name, from: entry.table, in: database)
                }
            } catch let error as SQLiteError {
                throw Diagnostic(
                    SourceLocation(path: entry.table.path),
                    "cannot load into SQLite as '\(entry.name)': \(error.message)")
            }
            loaded.insert(TableName.key(entry.name))
        }
    }
}

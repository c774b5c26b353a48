import FolioData
import FolioDiagnostics
import FolioDirectives
import Foundation
import PostgresNIO

/// Receives one query's rows on the connection's event loop, through postgres-nio's per-row callback, and
/// streams them into a temporary snapshot file.
///
/// Why a callback and not the async row sequence: handing each of a million rows from the event loop to a
/// task cost about as much as encoding them. Encoding on the event loop also paces the reads (the loop reads
/// the socket only between rows), so memory stays flat.
///
/// `@unchecked Sendable`: while the query runs only the event loop touches it, one row after another; the
/// puller reads it only after the query's future has completed.
final class PullSink: @unchecked Sendable {
    private let final: URL
    private let file: NamedQueries.File
    private let source: Source
    /// Set by the first row (or by `start` when no row came).
    private(set) var rows: SnapshotRows?
    private(set) var names: [String] = []

    init(final: URL, file: NamedQueries.File, source: Source) {
        self.final = final
        self.file = file
        self.source = source
    }

    /// One row from the event loop.
    func receive(_ row: PostgresRow) throws {
        if rows == nil { try start(columns: row.map { ($0.columnName, $0.dataType, $0.format) }) }
        do {
            try rows?.append(row)
        } catch SnapshotRows.Problem.tooManyRows {
            throw Diagnostic(
                location,
                "query '\(file.name)' returns more than \(source.maxRows) rows, the limit of source '\(source.name)'; no snapshot was written",
                hint: "aggregate in the SQL (GROUP BY), or raise `maxRows:` of '\(source.name)' in content/sources.yml")
        } catch SnapshotRows.Problem.unwritable(let column, let row, let reason) {
            throw Diagnostic(location, "column '\(column)', row \(row): \(reason)")
        }
    }

    /// Checks the result's columns and opens the snapshot file with their header.
    func start(columns: [(name: String, type: PostgresDataType, format: PostgresFormat)]) throws {
        var encoders: [ColumnEncoder] = []
        names = []
        for column in columns {
            guard !names.contains(column.name) else {
                throw Diagnostic(
                    location, "query returns two columns named '\(column.name)'",
                    hint: "name each result column once, e.g. `avg(x) AS \(column.name)_avg`")
            }
            guard let encoder = ColumnEncoder(type: column.type, format: column.format) else {
                throw Diagnostic(
                    location,
                    "column '\(column.name)' has the PostgreSQL type \(column.type), which a snapshot cannot hold",
                    hint: "cast it in the SQL, e.g. `\(column.name)::text` or `\(column.name)::numeric`")
            }
            names.append(column.name)
            encoders.append(encoder)
        }
        rows = SnapshotRows(
            file: try SnapshotFile(final: final, names: names), encoders: encoders, maxRows: source.maxRows)
    }

    /// Writes the last buffered rows and closes the file; returns it with the columns and their types.
    func finish() throws -> (SnapshotFile, [(name: String, type: ColumnType)]) {
        guard var rows else {
            throw Diagnostic(location, "the server described no result columns for query '\(file.name)'")
        }
        try rows.flush()
        try rows.file.finish()
        self.rows = rows
        return (rows.file, zip(names, rows.encoders).map { ($0, $1.type(rows: rows.count)) })
    }

    private var location: SourceLocation { SourceLocation(path: file.path, line: 1, column: 1) }
}

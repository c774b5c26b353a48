import Dispatch
import FolioData
import FolioDiagnostics
import FolioDirectives
import Foundation
import PostgresNIO
import Synchronization

/// Receives one query's rows on the connection's event loop, through postgres-nio's per-row callback, and
/// streams them into a temporary snapshot file.
///
/// The event loop only collects rows into batches of 2,048; a serial queue encodes each batch into CSV and
/// writes it, so decoding the wire and encoding the rows run on two cores. At most four batches wait at a
/// time: when the encoder falls behind, the event loop waits for it and reads nothing meanwhile, so memory
/// stays flat whatever the number of rows. (The async row sequence handed the rows over one at a time,
/// which cost about as much as encoding them.)
///
/// `Sendable` through its locks: what the event loop collects (`Loop`) and the file's rows (`rows`) each sit
/// in a `Mutex`, and neither lock is contended while rows arrive: only the event loop takes `loop`, and only
/// the encoding queue takes `rows` once the first batch is sent (`finish` and `drain` wait for the queue
/// before they touch it). An uncontended lock is one atomic operation per row on the event loop and one per
/// batch on the queue.
final class PullSink: Sendable {
    private let final: URL
    private let file: NamedQueries.File
    private let source: Source
    private let loop = Mutex(Loop())
    private let rows = Mutex<SnapshotRows?>(nil)
    private let encoder = DispatchQueue(label: "folio.pull.encoder")
    private let slots = DispatchSemaphore(value: PullSink.batchesInFlight)
    private let failure = Mutex<Diagnostic?>(nil)

    static let batchSize = 2048
    static let batchesInFlight = 4

    /// What the event loop collects, row by row.
    private struct Loop {
        /// Whether the columns are known: set by the first row (or by `start` when no row came). The event
        /// loop and the puller look at this, never at `rows`, which the encoding queue changes.
        var started = false
        /// The file being written, once started (for `discard`).
        var snapshot: SnapshotFile?
        var names: [String] = []
        var batch: [PostgresRow] = []
        var received = 0
        /// Set when the rows passed the source's limit: postgres-nio may then report the query as cancelled
        /// rather than rethrow the callback's error, so the puller asks `overflow`.
        var overflow: Diagnostic?
    }

    /// Whether the columns are known (the first row came, or `start` was called).
    var started: Bool { loop.withLock { $0.started } }
    /// The file being written, once started (for `discard`).
    var snapshot: SnapshotFile? { loop.withLock { $0.snapshot } }
    /// Why the rows were refused when they passed the source's limit, or nil.
    var overflow: Diagnostic? { loop.withLock { $0.overflow } }

    init(final: URL, file: NamedQueries.File, source: Source) {
        self.final = final
        self.file = file
        self.source = source
        loop.withLock { $0.batch.reserveCapacity(Self.batchSize) }
    }

    /// One row, on the event loop. Throws when the rows pass the source's limit or an earlier batch failed,
    /// which stops the query.
    func receive(_ row: PostgresRow) throws {
        let full = try loop.withLock { loop throws -> Bool in
            if !loop.started { try start(columns: row.map { ($0.columnName, $0.dataType, $0.format) }, in: &loop) }
            guard loop.received < source.maxRows else {
                let problem = Source.tooManyRows(in: file, maxRows: source.maxRows, source: source.name)
                loop.overflow = problem
                throw problem
            }
            loop.received += 1
            loop.batch.append(row)
            return loop.batch.count >= Self.batchSize
        }
        if full { try send() }
    }

    /// Hands the collected rows to the encoding queue, waiting while four batches are still queued.
    private func send() throws {
        if let problem = failure.withLock({ $0 }) { throw problem }
        let rowsToEncode = loop.withLock { loop in
            defer { loop.batch.removeAll(keepingCapacity: true) }
            return loop.batch
        }
        guard !rowsToEncode.isEmpty else { return }
        slots.wait()
        encoder.async { [self] in
            defer { slots.signal() }
            guard failure.withLock({ $0 == nil }) else { return }
            do {
                try rows.withLock { rows in
                    for row in rowsToEncode { try rows?.append(row) }
                }
            } catch {
                let problem = diagnostic(error)
                failure.withLock { $0 = problem }
            }
        }
    }

    /// Checks the result's columns and opens the snapshot file with their header.
    func start(columns: [(name: String, type: PostgresDataType, format: PostgresFormat)]) throws {
        try loop.withLock { loop in try start(columns: columns, in: &loop) }
    }

    private func start(columns: [(name: String, type: PostgresDataType, format: PostgresFormat)], in loop: inout Loop)
        throws
    {
        var encoders: [ColumnEncoder] = []
        var names: [String] = []
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
        let file = try SnapshotFile(final: final, names: names)
        loop.names = names
        loop.snapshot = file
        rows.withLock { $0 = SnapshotRows(file: file, encoders: encoders) }
        loop.started = true
    }

    /// After the query: encodes the last rows, writes what is buffered and closes the file; returns it with
    /// the columns, their types and the number of rows.
    func finish() throws -> PulledSnapshot {
        try send()
        drain()
        if let problem = failure.withLock({ $0 }) { throw problem }
        let names = loop.withLock { $0.names }
        return try rows.withLock { stored in
            guard var rows = stored else {
                throw Diagnostic(location, "the server described no result columns for query '\(file.name)'")
            }
            try rows.flush()
            try rows.file.finish()
            stored = rows
            return PulledSnapshot(
                file: rows.file, columns: zip(names, rows.encoders).map { ($0, $1.type(rows: rows.count)) },
                rows: rows.count)
        }
    }

    /// Waits until the encoding queue is idle (before the file is finished or discarded).
    func drain() {
        encoder.sync {}
    }

    private func diagnostic(_ error: any Error) -> Diagnostic {
        switch error {
        case SnapshotRows.Problem.unwritable(let column, let row, let reason):
            Diagnostic(location, "column '\(column)', row \(row): \(reason)")
        case let diagnostic as Diagnostic: diagnostic
        default: Diagnostic(location, "cannot write the snapshot of query '\(file.name)': \(error)")
        }
    }

    private var location: SourceLocation { SourceLocation(path: file.path, line: 1, column: 1) }
}

/// One query's snapshot, written to its temporary file and waiting to be moved into place.
struct PulledSnapshot: Sendable {
    let file: SnapshotFile
    let columns: [(name: String, type: ColumnType)]
    let rows: Int
}

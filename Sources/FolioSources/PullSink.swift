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
/// `@unchecked Sendable`: `batch`, `received`, `started`, `snapshot` and the first `start` belong to the event
/// loop; `rows` belongs to the encoding queue once the first batch is sent (`finish` and `drain` wait for the
/// queue before they touch it); `failure` is guarded by its mutex.
final class PullSink: @unchecked Sendable {
    private let final: URL
    private let file: NamedQueries.File
    private let source: Source
    /// Whether the columns are known: set by the first row (or by `start` when no row came), on the event
    /// loop. The event loop and the puller look at this, never at `rows`, which the encoding queue changes.
    private(set) var started = false
    /// The file being written, once started (for `discard`).
    private(set) var snapshot: SnapshotFile?
    private var rows: SnapshotRows?
    private(set) var names: [String] = []
    private var batch: [PostgresRow] = []
    private var received = 0
    private let encoder = DispatchQueue(label: "folio.pull.encoder")
    private let slots = DispatchSemaphore(value: PullSink.batchesInFlight)
    private let failure = Mutex<Diagnostic?>(nil)
    /// Set, on the event loop, when the rows passed the source's limit: postgres-nio may then report the
    /// query as cancelled rather than rethrow the callback's error, so the puller asks here.
    private(set) var overflow: Diagnostic?

    static let batchSize = 2048
    static let batchesInFlight = 4

    init(final: URL, file: NamedQueries.File, source: Source) {
        self.final = final
        self.file = file
        self.source = source
        batch.reserveCapacity(Self.batchSize)
    }

    /// One row, on the event loop. Throws when the rows pass the source's limit or an earlier batch failed,
    /// which stops the query.
    func receive(_ row: PostgresRow) throws {
        if !started { try start(columns: row.map { ($0.columnName, $0.dataType, $0.format) }) }
        guard received < source.maxRows else {
            let problem = Source.tooManyRows(in: file, maxRows: source.maxRows, source: source.name)
            overflow = problem
            throw problem
        }
        received += 1
        batch.append(row)
        if batch.count >= Self.batchSize { try send() }
    }

    /// Hands the collected rows to the encoding queue, waiting while four batches are still queued.
    private func send() throws {
        if let problem = failure.withLock({ $0 }) { throw problem }
        guard !batch.isEmpty else { return }
        let rowsToEncode = batch
        batch.removeAll(keepingCapacity: true)
        slots.wait()
        encoder.async { [self] in
            defer { slots.signal() }
            guard failure.withLock({ $0 == nil }) else { return }
            do {
                for row in rowsToEncode { try rows?.append(row) }
            } catch {
                let problem = diagnostic(error)
                failure.withLock { $0 = problem }
            }
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
        let file = try SnapshotFile(final: final, names: names)
        snapshot = file
        rows = SnapshotRows(file: file, encoders: encoders)
        started = true
    }

    /// After the query: encodes the last rows, writes what is buffered and closes the file; returns it with
    /// the columns, their types and the number of rows.
    func finish() throws -> PulledSnapshot {
        try send()
        drain()
        if let problem = failure.withLock({ $0 }) { throw problem }
        guard var rows else {
            throw Diagnostic(location, "the server described no result columns for query '\(file.name)'")
        }
        try rows.flush()
        try rows.file.finish()
        self.rows = rows
        return PulledSnapshot(
            file: rows.file, columns: zip(names, rows.encoders).map { ($0, $1.type(rows: rows.count)) },
            rows: rows.count)
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
struct PulledSnapshot {
    let file: SnapshotFile
    let columns: [(name: String, type: ColumnType)]
    let rows: Int
}

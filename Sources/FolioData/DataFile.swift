import FolioDiagnostics
import Synchronization

/// A data file as a build holds it: a CSV file that streams is kept as its bytes (`CSVStream`), which
/// queries load into SQLite directly, and becomes a `DataTable` only when a page, a metric or a snapshot
/// first asks for one; that table is then held once and shared by every page and language of the build.
///
/// A 1,000,000-row export only queries read was held as a `DataTable` of 1.2 GB in `folio build`; as
/// bytes it is 61 MB (issue 32, bench/stream-data). JSON files, and CSV files the stream hands to
/// `CSVReader`, are tables from the start.
///
/// A class, because the table made on first use is shared by every renderer of a build (and by the next
/// build in `folio serve` while the file is unchanged); the table lives in a `Mutex`, so it is made once.
public final class DataFile: Sendable, Equatable {
    /// The columns and their types: for a streamed file without rows, otherwise the whole table.
    public let shape: DataTable
    /// The file's bytes for queries, or nil when the file was read into a table at once.
    public let stream: CSVStream?
    private let held: Mutex<DataTable?>
    /// Each column's rows by value, made when a `filter:` first reads the column; made under the lock,
    /// so once, however many pages ask at the same time.
    private let indexes = Mutex<[String: ColumnIndex?]>([:])
    /// Each column's decimals by scale (`decimals(ofColumn:scale:)`), counted on first use.
    private let decimals = Mutex<[DecimalsKey: Int]>([:])

    private struct DecimalsKey: Hashable {
        var column: String
        var scale: Double
    }

    /// A file already read into a table (JSON, a CSV file `CSVReader` had to read, a query's result).
    public init(table: DataTable) {
        shape = table
        stream = nil
        held = Mutex(table)
    }

    /// A CSV file kept as its bytes; its table (in `language`, the schema's `lang:`) is made on first use.
    public init(stream: CSVStream) {
        var shape = stream.shape
        shape.language = stream.schema.language
        self.shape = shape
        self.stream = stream
        held = Mutex(nil)
    }

    /// The path as diagnostics show it (`content/data/tickets/tickets.csv`).
    public var path: String { shape.path }

    /// Whether the file is held as a `DataTable` now: from the start, or since a page first read it.
    public var isHeld: Bool { held.withLock { $0 != nil } }

    /// The file as a table, read from the stream's bytes the first time it is asked for.
    /// - Throws: `CSVReader`'s diagnostics, which a stream that loaded has already been checked against.
    public func table() throws -> DataTable {
        try held.withLock { held in
            if let held { return held }
            guard let stream else { return shape }
            var table = try stream.table()
            table.language = shape.language
            held = table
            return table
        }
    }

    /// The rows of column `name` grouped by value (`ColumnIndex`), made on first use and shared by
    /// every page of the build, like the table; nil when the file has no such column.
    public func index(ofColumn name: String) throws -> ColumnIndex? {
        let table = try table()
        return indexes.withLock { indexes in
            if let made = indexes[name] { return made }
            let made = table.column(named: name).map { ColumnIndex($0.values) }
            indexes[name] = made
            return made
        }
    }

    /// The decimals the numbers of column `name` need when multiplied by `scale` (100 for percents),
    /// as `Precision.decimals(of:scale:)` counts them: counted once and shared by every page, so a
    /// chart over this file on each of 10,000 pages does not count its 30,000 values each time.
    public func decimals(ofColumn name: String, scale: Double) throws -> Int {
        let table = try table()
        let key = DecimalsKey(column: name, scale: scale)
        return decimals.withLock { counted in
            if let known = counted[key] { return known }
            let values = table.column(named: name)?.values ?? []
            let found = Precision.decimals(of: values.lazy.compactMap(\.number), scale: scale)
            counted[key] = found
            return found
        }
    }

    /// The same object, or the same content: the same bytes and schema for two streams, the same
    /// table for two tables. A streamed file and a table never count as the same (a rebuild then
    /// renders again what read it, which is always correct).
    public static func == (lhs: DataFile, rhs: DataFile) -> Bool {
        if lhs === rhs { return true }
        switch (lhs.stream, rhs.stream) {
        case let (left?, right?): return left.hasSameSource(as: right)
        case (nil, nil): return lhs.shape == rhs.shape
        default: return false
        }
    }
}

import FolioDiagnostics

/// A metric data file loaded into typed columns: what charts and tables draw from.
///
/// Loaded once per build (CSV or JSON) and shared read-only by every page that uses it.
public struct DataTable: Sendable, Hashable {
    /// The path shown in diagnostics, e.g. `content/data/metrics/monthly.csv`.
    public var path: String
    public var columns: [Column]
    /// Source line of each data row (1-based, in the file), for errors that point at a value.
    public var rowLines: [Int]
    /// The language of its text cells when its schema declares one (`lang: sv`), so a Swedish
    /// survey export shown on a Romanian page is marked as Swedish.
    public var language: String? = nil

    public init(path: String, columns: [Column], rowLines: [Int]) {
        self.path = path
        self.columns = columns
        self.rowLines = rowLines
    }

    public var rowCount: Int { rowLines.count }
    public var columnNames: [String] { columns.map(\.name) }

    /// The first month or date column: the period axis a metric is read along.
    public var periodColumn: Column? {
        columns.first { $0.type == .month || $0.type == .date }
    }

    public func column(named name: String) -> Column? {
        columns.first { $0.name == name }
    }
}

/// One named, typed column; `values` has one cell per row.
public struct Column: Sendable, Hashable {
    public var name: String
    public var type: ColumnType
    public var values: [Cell]
    /// 1-based position in the header, for `path:line:column` errors.
    public var index: Int

    public init(name: String, type: ColumnType, values: [Cell], index: Int) {
        self.name = name
        self.type = type
        self.values = values
        self.index = index
    }
}

/// What a column holds; inferred from the values or declared in a sidecar schema.
public enum ColumnType: String, Sendable, Hashable, CaseIterable, Codable {
    /// Plain quantity (`1234.5`, `1 234,5`).
    case number
    /// Stored as a fraction: `87.5`, `87,5` or `87,5 %` in a percent column all become 0.875.
    case percent
    /// Stored in seconds; plain numbers are read in the column's `DurationUnit`.
    case duration
    /// A calendar day, `2026-03-01`.
    case date
    /// A calendar month, `2026-03`.
    case month
    case text
}

/// The unit plain numbers in a duration column are written in.
public enum DurationUnit: String, Sendable, Hashable, Codable {
    case seconds
    case minutes
    case hours
}

/// One value; `missing` (an empty cell) is drawn as a gap, never as zero.
public enum Cell: Sendable, Hashable {
    case missing
    /// number, percent (as a fraction) or duration (in seconds)
    case number(Double)
    case day(year: Int, month: Int, day: Int)
    case month(year: Int, month: Int)
    case text(String)

    public var number: Double? {
        if case let .number(value) = self { return value }
        return nil
    }

    public var isMissing: Bool { self == .missing }
}

/// How to read a file when inference is not enough: declared column types, separator, decimal mark.
///
/// Comes from a sidecar `name.csv.yml` (parsed by the site layer) or from defaults.
public struct TableSchema: Sendable, Hashable {
    public var columnTypes: [String: ColumnType]
    public var durationUnits: [String: DurationUnit]
    /// `nil` detects `,` or `;` (or tab) from the header line.
    public var separator: Character?
    /// `nil` takes `,` when the separator is `;`, else `.`.
    public var decimalMark: Character?
    /// The language of the file's text cells (`lang: sv`), or nil for the page's own.
    public var language: String? = nil

    public init(
        columnTypes: [String: ColumnType] = [:],
        durationUnits: [String: DurationUnit] = [:],
        separator: Character? = nil,
        decimalMark: Character? = nil
    ) {
        self.columnTypes = columnTypes
        self.durationUnits = durationUnits
        self.separator = separator
        self.decimalMark = decimalMark
    }
}

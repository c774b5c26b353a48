import FolioData
import FolioDiagnostics

/// What a query returned, plus what it read: the data files behind it, so a later build can reuse the
/// result while the SQL and those files are unchanged.
public struct QueryResult: Sendable, Hashable {
    /// The rows as a typed table; its `path` is the query's file, its `rowLines` the SQL's first line.
    public var table: DataTable
    /// Paths under `content/data` (`tickets/tickets.csv`) of every table the query read, sorted.
    public var sources: [String]

    public init(table: DataTable, sources: [String]) {
        self.table = table
        self.sources = sources
    }
}

extension DataTable {
    /// `month (month), p90 (duration)`: the columns a table or query result has, for hints such as
    /// "the query returns no rows" or "no column 'x'".
    public var columnSummary: String {
        columns.map { "\($0.name) (\($0.type.rawValue))" }.joined(separator: ", ")
    }
}

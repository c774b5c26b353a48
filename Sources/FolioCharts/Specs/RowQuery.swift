import FolioData

/// Which rows of a table a directive uses, in which order: `filter`, then `sort`, then `limit`
/// (the last N rows, so `limit: 12` on monthly data means the latest twelve months).
public struct RowQuery: Sendable, Hashable {
    public var sortColumn: String?
    public var descending = false
    /// Column and wanted value, in the author's order.
    public var filters: [Filter] = []
    public var limit: Int?
    /// The rows `filters` keep, found in a data file's column indexes (`ColumnIndex`) by whoever knows
    /// the table is that file's whole table (`RowQueryReader`), so a written page's `filter: {team:
    /// Team 09}` costs the team's rows, not a scan of the file per page (issue 29). Nil: a scan.
    public var filtered: FilteredRows?

    public init() {}

    /// The rows of a table of `rowCount` rows its filters keep, in row order.
    public struct FilteredRows: Sendable, Hashable {
        public var rows: [Int]
        /// The rows of the table they were found in: another table (a pivot, a facet's panel) is scanned.
        public var rowCount: Int

        public init(rows: [Int], rowCount: Int) {
            self.rows = rows
            self.rowCount = rowCount
        }
    }

    public struct Filter: Sendable, Hashable {
        public var column: String
        /// The author's text (`2026-03`, `Telefon`, `85%`).
        public var value: String
        /// The text read as a quantity (`85%` is 0.85), matched against number cells; nil if it is none.
        public var number: Double?

        public init(column: String, value: String, number: Double?) {
            self.column = column
            self.value = value
            self.number = number
        }
    }

    /// Row indices after filter, sort and limit; ties keep file order so output is deterministic.
    public func rows(of table: DataTable) -> [Int] {
        var rows: [Int]
        if let filtered, filtered.rowCount == table.rowCount {
            rows = filtered.rows
        } else {
            rows = Array(0..<table.rowCount)
            for filter in filters {
                guard let column = table.column(named: filter.column) else { continue }
                rows = rows.filter { Self.cell(column.values[$0], matches: filter) }
            }
        }
        if let sortColumn, let column = table.column(named: sortColumn) {
            rows.sort { a, b in
                let order = Self.compare(column.values[a], column.values[b], descending: descending)
                return order != 0 ? order < 0 : a < b
            }
        }
        if let limit, rows.count > limit { rows = Array(rows.suffix(limit)) }
        return rows
    }

    /// Whether a cell equals the author's filter text (`2026-03`, `Telefon`, `85%`): `FilterText`'s rule.
    static func cell(_ cell: Cell, matches filter: Filter) -> Bool {
        FilterText.cell(cell, matches: filter.value, number: filter.number)
    }

    /// -1, 0 or 1; missing cells always sort last.
    static func compare(_ a: Cell, _ b: Cell, descending: Bool) -> Int {
        guard let ka = key(a) else { return key(b) == nil ? 0 : 1 }
        guard let kb = key(b) else { return -1 }
        let order: Int
        switch (ka, kb) {
        case let (.number(x), .number(y)): order = x < y ? -1 : x > y ? 1 : 0
        case let (.text(x), .text(y)): order = x < y ? -1 : x > y ? 1 : 0
        case (.number, .text): order = -1
        case (.text, .number): order = 1
        }
        return descending ? -order : order
    }

    private enum SortKey { case number(Double), text(String) }

    private static func key(_ cell: Cell) -> SortKey? {
        switch cell {
        case .missing: nil
        case let .number(value): .number(value)
        case let .month(year, month): .number(Double(year * 12 + month))
        case let .day(year, month, day): .number(Double(year * 10_000 + month * 100 + day))
        case let .text(text): .text(text)
        }
    }
}

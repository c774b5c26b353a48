import FolioCharts
import FolioData
import FolioYAML

/// Reads a block's `filter:` and `limit:` into a `RowQuery`; `sort:` is read by the caller, whose
/// meaning of it differs (a chart sorts by x or y, a table by any column).
enum RowQueryReader {
    /// `file` is the data file `table` is, whole (`TableSource.file`), or nil: given, the filter's rows
    /// are found in its column indexes instead of by a scan of the table on every page.
    static func query(from block: YAMLBlock, table: DataTable, file: DataFile? = nil) throws -> RowQuery {
        var query = RowQuery()
        if let filter = try block.mapping("filter") {
            // `:column` values are the generated page's row, applied by `TableCatalog.slice` already.
            for pair in try filter.stringPairs() where !TableCatalog.isParameter(pair.value) {
                _ = try TableCatalog.column(pair.key, in: table, key: "filter", block: block)
                query.filters.append(
                    RowQuery.Filter(column: pair.key, value: pair.value, number: SpecQuantity.parse(pair.value)))
            }
        }
        query.limit = try block.positiveInteger("limit")
        if let file { query.filtered = try filtered(query.filters, table: table, file: file) }
        return query
    }

    /// The rows the filters keep, from the file's index of each filtered column: the fewest one
    /// filter's index gives, narrowed by the others' rule (`FilterText`), as a scan would narrow them.
    static func filtered(_ filters: [RowQuery.Filter], table: DataTable, file: DataFile) throws
        -> RowQuery.FilteredRows?
    {
        guard !filters.isEmpty else { return nil }
        var found: [(filter: RowQuery.Filter, rows: [Int])] = []
        for filter in filters {
            guard let index = try file.index(ofColumn: filter.column) else { return nil }
            found.append((filter, index.rows(matchingText: filter.value, number: filter.number)))
        }
        guard let fewest = found.indices.min(by: { found[$0].rows.count < found[$1].rows.count }) else { return nil }
        var rows = found[fewest].rows
        for (position, other) in found.enumerated() where position != fewest {
            guard let column = table.column(named: other.filter.column) else { return nil }
            rows = rows.filter {
                FilterText.cell(column.values[$0], matches: other.filter.value, number: other.filter.number)
            }
        }
        return RowQuery.FilteredRows(rows: rows, rowCount: table.rowCount)
    }
}

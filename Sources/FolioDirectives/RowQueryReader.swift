import FolioCharts
import FolioData
import FolioYAML

/// Reads a block's `filter:` and `limit:` into a `RowQuery`; `sort:` is read by the caller, whose
/// meaning of it differs (a chart sorts by x or y, a table by any column).
enum RowQueryReader {
    static func query(from block: YAMLBlock, table: DataTable) throws -> RowQuery {
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
        return query
    }
}

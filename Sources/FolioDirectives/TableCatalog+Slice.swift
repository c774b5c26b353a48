import FolioData
import FolioDiagnostics
import FolioYAML

extension TableCatalog {
    /// Whether a `filter:` value names a column of the generated page's row (`team: ":team"`).
    static func isParameter(_ value: String) -> Bool {
        value.count > 1 && value.hasPrefix(":") && !value.dropFirst().contains(where: \.isWhitespace)
    }

    /// The block's rows narrowed to the generated page's row: each `filter:` entry whose value is
    /// `:column` keeps the rows whose cell equals that column's value in the row (a team's page
    /// showing `data: tickets.csv` with `filter: {team: ":team"}` draws the team's tickets).
    /// Values are compared (`ColumnIndex.same`), never pasted into anything; a `:column` the row
    /// lacks, or any on a page that is not generated from data, is an error at the value. The first
    /// `:column` of a data file reads its index, so a page's slice costs the page's own rows.
    func slice(_ source: TableSource, block: YAMLBlock) throws -> TableSource {
        guard let filter = try block.mapping("filter") else { return source }
        let pairs = try filter.stringPairs().filter { Self.isParameter($0.value) }
        guard !pairs.isEmpty else { return source }
        // nil: every row, until the first `:column` narrows them.
        var rows: [Int]? = nil
        for pair in pairs {
            let name = String(pair.value.dropFirst())
            let location = filter.location(ofValue: pair.key)
            guard let parameters else {
                throw block.error(
                    "filter: \(pair.value) is a row's value, and only pages from data have a row", at: location,
                    hint: "use it in a [column].md page with `rows:`, or filter by a value (`\(pair.key): Telefon`)")
            }
            guard let wanted = parameters[name] else {
                let names = parameters.keys.sorted()
                throw block.error(
                    "filter: the row has no column '\(name)' (has: \(names.joined(separator: ", ")))", at: location,
                    hint: EditDistance.nearest(to: name, in: names, limit: 1).first.map { "did you mean ':\($0)'?" }
                        ?? "use one of the row's columns")
            }
            let column = try Self.column(pair.key, in: source.table, key: "filter", block: block)
            if let narrowed = rows {
                rows = narrowed.filter { ColumnIndex.same(column.values[$0], wanted) }
            } else if let index = try source.file?.index(ofColumn: column.name) {
                // The file's index: each page's slice costs its own rows, not a scan of the file.
                rows = index.rows(matching: wanted)
            } else {
                rows = column.values.indices.filter { ColumnIndex.same(column.values[$0], wanted) }
            }
        }
        var sliced = source
        sliced.table = Self.rows(rows ?? Array(0..<source.table.rowCount), of: source.table)
        sliced.file = nil
        return sliced
    }

    /// `table` keeping only `rows`, in their order.
    static func rows(_ rows: [Int], of table: DataTable) -> DataTable {
        var sliced = table
        sliced.columns = table.columns.map { column in
            var column = column
            column.values = rows.map { column.values[$0] }
            return column
        }
        sliced.rowLines = rows.map { table.rowLines[$0] }
        return sliced
    }
}

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
    /// Values are compared, never pasted into anything; a `:column` the row lacks, or any on a
    /// page that is not generated from data, is an error at the value.
    func slice(_ source: TableSource, block: YAMLBlock) throws -> TableSource {
        guard let filter = try block.mapping("filter") else { return source }
        let pairs = try filter.stringPairs().filter { Self.isParameter($0.value) }
        guard !pairs.isEmpty else { return source }
        var rows = Array(0..<source.table.rowCount)
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
            rows = rows.filter { Self.same(column.values[$0], wanted) }
        }
        var sliced = source
        sliced.table = Self.rows(rows, of: source.table)
        return sliced
    }

    /// Two cells as one value: numbers within rounding, text as written, months and days as dates.
    private static func same(_ cell: Cell, _ wanted: Cell) -> Bool {
        if let a = cell.number, let b = wanted.number { return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }
        if case let .text(a) = cell, case let .text(b) = wanted { return a == b }
        return cell == wanted
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

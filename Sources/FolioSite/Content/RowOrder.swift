import FolioData
import FolioDiagnostics

/// The order a template's pages are listed in: the rows' own, or by the `sort:` column
/// (`sort: -csat` for descending), missing values last, ties in row order.
enum RowOrder {
    static func indices(of table: DataTable, sort rows: PageTemplate, template: Page) throws -> [Int] {
        let all = Array(0..<table.rowCount)
        guard var name = rows.sort?.trimmingCharacters(in: .whitespaces) else { return all }
        let descending = name.hasPrefix("-")
        if descending { name.removeFirst() }
        guard let column = table.column(named: name) else {
            let near = EditDistance.nearest(to: name, in: table.columnNames, limit: 1)
            throw Diagnostic(
                rows.sortLocation ?? rows.location,
                "sort: column '\(name)' not in \(rows.source) (has: \(table.columnNames.joined(separator: ", ")))",
                hint: near.first.map { "did you mean '\($0)'?" } ?? "sort by one of its columns")
        }
        return all.sorted { left, right in
            let (a, b) = (column.values[left], column.values[right])
            if a.isMissing != b.isMissing { return b.isMissing }
            if a == b { return left < right }
            return descending ? precedes(b, a) : precedes(a, b)
        }
    }

    /// Numbers by size, months and days by date, text by its characters.
    private static func precedes(_ a: Cell, _ b: Cell) -> Bool {
        if let x = a.number, let y = b.number { return x < y }
        return PageRow.plainText(a) < PageRow.plainText(b)
    }
}

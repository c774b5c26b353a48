import FolioCharts
import FolioData

/// A row's value as a generated page's running text and title show it (`{{row.csat}}`): formatted
/// by its column's type in the page's locale with the same `ValueFormat.text` and decimals as
/// `{{metric}}` values and KPI tiles, so a team's page and the company's tiles never disagree.
public struct RowValueText: Sendable {
    private let formatter: ValueFormatter
    private let formats: [ValueFormat?]
    private let decimals: [Int]

    /// Reads each column's format and decimals once: a column's decimals come from all its values.
    public init(table: DataTable, localeIdentifier: String) {
        formatter = ValueFormatter(localeIdentifier: localeIdentifier)
        formats = table.columns.map { ValueFormat(columnType: $0.type) }
        decimals = table.columns.enumerated().map { index, column in
            ValueFormat(columnType: column.type)?.decimals(of: column) ?? 0
        }
    }

    /// Whether every cell shows as it would with `other`: the same formats and decimals per column,
    /// so a row edit that leaves them changes only its own row's texts (a value with one more decimal
    /// changes every row's).
    public func showsCells(as other: RowValueText) -> Bool {
        formats == other.formats && decimals == other.decimals
    }

    /// The cell `row` of the table's column at `index` as text; months by name, days in the
    /// locale's long form, text as written, a missing value as `–`.
    public func text(column index: Int, of table: DataTable, row: Int) -> String {
        let column = table.columns[index]
        let cell = column.values[row]
        guard let value = cell.number, let format = formats[index] else {
            return formatter.format(cell, as: column.type)
        }
        return format.text(value, formatter: formatter, decimals: decimals[index])
    }
}

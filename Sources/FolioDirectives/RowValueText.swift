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

    /// `init(table:localeIdentifier:)` for the table of `file`, with each column's decimals
    /// counted once per file and shared (`DataFile.decimals(ofColumn:scale:)`): a row edit in
    /// `folio serve` compares the decimals before and after for each template, and the file of
    /// before counted them already (four counts of 10,000 rows a row edit at 10,000 rows).
    public init(file: DataFile, localeIdentifier: String) throws {
        let table = try file.table()
        formatter = ValueFormatter(localeIdentifier: localeIdentifier)
        formats = table.columns.map { ValueFormat(columnType: $0.type) }
        decimals = try table.columns.map { column in
            guard let scale = ValueFormat(columnType: column.type)?.decimalsScale else { return 0 }
            return try file.decimals(ofColumn: column.name, scale: scale)
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

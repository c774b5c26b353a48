import FolioData
import Foundation

/// The row of a data file or query that one generated page shows: its values, typed, so that
/// `{{row.column}}` is formatted like any value of that column in the page's locale, and SQL on the
/// page gets them as named parameters (`:team`).
public struct PageRow: Sendable, Hashable {
    /// The template's rows (`teams.csv`, `query:teams`) and the row's place in them (0-based).
    public var source: String
    public var index: Int
    /// The line of the row in its data file (nil for a query's result).
    public var line: Int?
    /// The key column's name.
    public var keyColumn: String
    /// The page's place in its folder's listing (row order, or `sort:`).
    public var position: Int
    /// Whether the print edition holds the page (`print: false` on the template leaves it out).
    public var printed: Bool = true
    public var values: [Value]

    /// One cell of the row with its column's name and its text in the template's locale.
    public struct Value: Sendable, Hashable {
        public var column: String
        public var cell: Cell
        public var text: String
    }

    /// The named cell, if the row has that column.
    public func value(_ column: String) -> Value? {
        values.first { $0.column == column }
    }

    /// The row's cells by column name, as SQL parameters and `filter:` values read them.
    public var parameters: [String: Cell] {
        Dictionary(values.map { ($0.column, $0.cell) }, uniquingKeysWith: { first, _ in first })
    }

    /// The cell as plain text, as a key and a slug read it: text as written, numbers without
    /// grouping, months and days in ISO form.
    static func plainText(_ cell: Cell) -> String {
        switch cell {
        case .missing: return ""
        case let .text(text): return text
        case let .number(value):
            return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case let .month(year, month): return String(format: "%04d-%02d", year, month)
        case let .day(year, month, day): return String(format: "%04d-%02d-%02d", year, month, day)
        }
    }
}

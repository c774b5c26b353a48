/// How a literal `filter:` value, the author's text (`2026-03`, `Telefon`, `85%`), matches a cell:
/// the one rule a scan (`RowQuery.rows(of:)`) and a column's index (`ColumnIndex.rows(matchingText:number:)`)
/// both apply, so the index answers exactly what the scan answers.
public enum FilterText {
    /// Whether `cell` equals the filter text; `number` is the text read as a quantity (`85%` is 0.85),
    /// or nil if it is none. Numbers match within rounding of the cell; months and days by their ISO
    /// spelling; an empty cell matches an empty text.
    public static func cell(_ cell: Cell, matches text: String, number: Double?) -> Bool {
        switch cell {
        case .missing: return text.isEmpty
        case let .text(value): return value == text
        case let .number(value):
            guard let number else { return false }
            return self.number(value, matches: number)
        case .month, .day: return spelling(of: cell) == text
        }
    }

    /// Whether a number cell equals the filter's number: within 1e-9 of the cell's size (at least 1).
    /// As the comparison has always read, an infinite cell is within that of every number but itself.
    static func number(_ value: Double, matches wanted: Double) -> Bool {
        abs(value - wanted) <= 1e-9 * max(1, abs(value))
    }

    /// The ISO spelling a month or day cell matches (`2026-03`, `2026-03-01`); nil for other cells.
    static func spelling(of cell: Cell) -> String? {
        switch cell {
        case let .month(year, month): DateText.month(year: year, month: month)
        case let .day(year, month, day): DateText.day(year: year, month: month, day: day)
        default: nil
        }
    }
}

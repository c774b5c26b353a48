/// Guesses a column's type from its values when the schema does not declare it.
///
/// Every non-empty cell must agree: all `YYYY-MM` is a month, all `YYYY-MM-DD` a date, all numbers a number,
/// numbers with at least one `%` a percent, all durations with a unit (`12 min`, `1:30`) a duration; else text.
/// Empty cells never decide the type, so a gap does not turn a number column into text.
enum ColumnInference {
    static func type(of cells: [RawCell], numbers: NumberParser, durations: DurationParser) -> ColumnType {
        let values = cells.filter { !$0.isEmpty }
        guard !values.isEmpty else { return .text }
        if values.allSatisfy({ $0.number == nil && ISODate.monthShape($0.text) != nil }) { return .month }
        if values.allSatisfy({ $0.number == nil && ISODate.dayShape($0.text) != nil }) { return .date }
        let isPlainNumber = { (cell: RawCell) in cell.number != nil || numbers.number(from: cell.text) != nil }
        if values.allSatisfy(isPlainNumber) { return .number }
        let isPercent = { (cell: RawCell) in cell.number == nil && numbers.percentFraction(from: cell.text) != nil }
        if values.allSatisfy({ isPlainNumber($0) || isPercent($0) }), values.contains(where: isPercent) {
            return .percent
        }
        if values.allSatisfy({ $0.number == nil && durations.parse($0.text)?.isExplicit == true }) {
            return .duration
        }
        return .text
    }
}

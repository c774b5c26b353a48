import Foundation

/// Turns a raw cell into a typed `Cell` for its column's type, or says why it does not fit.
///
/// Empty cells always become `.missing` (a gap in a chart, never zero).
struct CellParser: Sendable {
    var numbers: NumberParser
    var durations: DurationParser

    func cell(_ raw: RawCell, as type: ColumnType, column: String) throws(CellProblem) -> Cell {
        if raw.isEmpty { return .missing }
        let text = raw.text
        switch type {
        case .text:
            return .text(text)
        case .number:
            if let value = raw.number ?? numbers.number(from: text) { return .number(value) }
            throw mismatch(text, column: column, expected: "a number", example: example(1234.5))
        case .percent:
            if let value = raw.number ?? numbers.number(from: text) { return .number(value / 100) }
            if let fraction = numbers.percentFraction(from: text) { return .number(fraction) }
            throw mismatch(text, column: column, expected: "a percentage", example: example(87.5) + " %")
        case .duration:
            if let value = raw.number { return .number(value * DurationParser.seconds(in: durations.plainUnit)) }
            if let parsed = durations.parse(text) { return .number(parsed.seconds) }
            throw mismatch(text, column: column, expected: "a duration", example: "12 min, 90 s, 1:30")
        case .month:
            guard raw.number == nil, let (year, month) = ISODate.monthShape(text) else {
                throw mismatch(text, column: column, expected: "a month", example: "2026-03")
            }
            try checkMonth(month, in: text)
            return .month(year: year, month: month)
        case .date:
            guard raw.number == nil, let (year, month, day) = ISODate.dayShape(text) else {
                throw mismatch(text, column: column, expected: "a date", example: "2026-03-01")
            }
            try checkMonth(month, in: text)
            let days = ISODate.days(inMonth: month, year: year)
            guard (1...days).contains(day) else {
                throw CellProblem(
                    message: "'\(text)' is not a valid date: month \(month) of \(year) has \(days) days",
                    hint: "Write the date as YYYY-MM-DD with a day between 1 and \(days)."
                )
            }
            return .day(year: year, month: month, day: day)
        }
    }

    private func checkMonth(_ month: Int, in text: String) throws(CellProblem) {
        guard (1...12).contains(month) else {
            throw CellProblem(
                message: "'\(text)' has month \(month); months run from 01 to 12",
                hint: "Write months as YYYY-MM and dates as YYYY-MM-DD, e.g. 2026-03."
            )
        }
    }

    private func mismatch(_ text: String, column: String, expected: String, example: String) -> CellProblem {
        CellProblem(
            message: "'\(text)' in column '\(column)' is not \(expected)",
            hint: "Write \(expected) such as \(example) (decimal mark '\(numbers.decimalMark)'), "
                + "leave the cell empty for a missing value, or declare the column as text."
        )
    }

    /// An example number in this file's decimal mark, so the hint matches what the author should type.
    private func example(_ value: Double) -> String {
        let plain = value == value.rounded() ? String(Int(value)) : String(value)
        return plain.replacingOccurrences(of: ".", with: String(numbers.decimalMark))
    }
}

/// `ColumnInference` one cell at a time, so a column's type can be found while the file streams past
/// instead of from an array of every cell: the same rules in the same order (month, date, number,
/// percent, duration, else text), each a running "every value so far" that stops being checked once false.
struct StreamingInference: Sendable {
    private var month = true
    private var date = true
    private var number = true
    private var numberOrPercent = true
    private var anyPercent = false
    private var duration = true
    private var anyValue = false

    /// True once the column can only be text: its later cells need not be looked at.
    var isText: Bool { anyValue && !month && !date && !number && !numberOrPercent && !duration }

    /// A cell `PlainDecimal` read: a number, so not a month, date, percent sign or duration with a unit.
    mutating func addPlainNumber() {
        anyValue = true
        (month, date, duration) = (false, false, false)
    }

    /// A cell shaped `YYYY-MM`: only a month column can hold it.
    mutating func addMonthShape() {
        anyValue = true
        (date, number, numberOrPercent, duration) = (false, false, false, false)
    }

    /// A cell shaped `YYYY-MM-DD`: only a date column can hold it.
    mutating func addDayShape() {
        anyValue = true
        (month, number, numberOrPercent, duration) = (false, false, false, false)
    }

    /// Any other non-empty cell, trimmed as `RawCell` trims it, checked with the same parsers.
    mutating func add(_ text: String, numbers: NumberParser, durations: DurationParser) {
        anyValue = true
        if month { month = ISODate.monthShape(text) != nil }
        if date { date = ISODate.dayShape(text) != nil }
        if number || numberOrPercent {
            let plain = numbers.number(from: text) != nil
            number = number && plain
            if numberOrPercent {
                let percent = numbers.percentFraction(from: text) != nil
                numberOrPercent = plain || percent
                anyPercent = anyPercent || percent
            }
        }
        if duration { duration = durations.parse(text)?.isExplicit == true }
    }

    var type: ColumnType {
        guard anyValue else { return .text }
        if month { return .month }
        if date { return .date }
        if number { return .number }
        if numberOrPercent && anyPercent { return .percent }
        if duration { return .duration }
        return .text
    }
}

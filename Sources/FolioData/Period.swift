/// A calendar period as authors write it outside data files (an annotation's `x: 2025-07`, an
/// event's date) and as a day count, so periods of months and days can be placed and compared.
///
/// Day numbers count from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's
/// `days_from_civil`), with no clock or time zone, so builds are the same everywhere.
public enum Period {
    /// `2025-07` as a month, `2025-07-15` as a day; nil for anything else (`2025-13`, `2025-02-30`, `juli`).
    public static func cell(_ text: String) -> Cell? {
        if let (year, month) = ISODate.monthShape(text), (1...12).contains(month) {
            return .month(year: year, month: month)
        }
        if let (year, month, day) = ISODate.dayShape(text), (1...12).contains(month),
            (1...ISODate.days(inMonth: month, year: year)).contains(day)
        {
            return .day(year: year, month: month, day: day)
        }
        return nil
    }

    /// The day a period starts on (a month's first day), nil for cells that are no period.
    public static func dayNumber(of cell: Cell) -> Int? {
        switch cell {
        case let .month(year, month): days(year: year, month: month, day: 1)
        case let .day(year, month, day): days(year: year, month: month, day: day)
        default: nil
        }
    }

    /// The ISO spelling of a period (`2025-07`, `2025-07-15`), for diagnostics.
    public static func isoText(of cell: Cell) -> String? {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        switch cell {
        case let .month(year, month): return padded(year, 4) + "-" + padded(month, 2)
        case let .day(year, month, day): return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
        default: return nil
        }
    }

    private static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

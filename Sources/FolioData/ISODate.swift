/// The two calendar forms data files use, `YYYY-MM` and `YYYY-MM-DD` (ISO 8601 calendar dates, Gregorian).
///
/// Parsing is split from validation so a column shaped like dates but holding `2026-02-30` is reported
/// as a bad date at its cell rather than silently read as text.
enum ISODate {
    /// Year and month when `text` has the shape `YYYY-MM`; the month is not yet range-checked.
    static func monthShape(_ text: String) -> (year: Int, month: Int)? {
        let parts = numericParts(text, lengths: [4, 2])
        return parts.map { ($0[0], $0[1]) }
    }

    /// Year, month and day when `text` has the shape `YYYY-MM-DD`; ranges are not yet checked.
    static func dayShape(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = numericParts(text, lengths: [4, 2, 2])
        return parts.map { ($0[0], $0[1], $0[2]) }
    }

    /// Days in a Gregorian month (leap years: divisible by 4, except centuries not divisible by 400).
    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func numericParts(_ text: String, lengths: [Int]) -> [Int]? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == lengths.count else { return nil }
        var values: [Int] = []
        for (part, length) in zip(parts, lengths) {
            guard part.count == length, part.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(part)
            else { return nil }
            values.append(value)
        }
        return values
    }
}

/// ISO spellings of months and days (`2026-03`, `2026-03-01`), as authors write them in filters.
enum DateText {
    static func month(year: Int, month: Int) -> String {
        padded(year, 4) + "-" + padded(month, 2)
    }

    static func day(year: Int, month: Int, day: Int) -> String {
        self.month(year: year, month: month) + "-" + padded(day, 2)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

import Foundation

/// Formats cells for one locale (`sv_SE`, `ro_RO`) with Foundation's `FormatStyle` and ICU's CLDR data:
/// `1 234,5`, `87 %`, `mars 2026` in Swedish; `1.234,5`, `87 %`, `martie 2026` in Romanian.
///
/// Output is exactly what ICU gives, including its no-break spaces (U+00A0 as Swedish grouping and before `%`).
/// Dates use the Gregorian calendar in UTC so a month never shifts with the build machine's time zone.
/// The styles are built once in `init`: make one formatter per locale and call it per cell.
public struct ValueFormatter: Sendable {
    public let localeIdentifier: String
    /// The locale's decimal mark (`,` in sv_SE and ro_RO), for files a spreadsheet reads.
    public let decimalMark: Character
    private let locale: Locale
    private let calendar: Calendar
    /// Index = fraction digits (0...`cachedDigits`).
    private let fixedNumberStyles: [FloatingPointFormatStyle<Double>]
    private let fixedPercentStyles: [FloatingPointFormatStyle<Double>.Percent]
    private let trimmedNumberStyle: FloatingPointFormatStyle<Double>
    private let integerStyle: IntegerFormatStyle<Int>
    private let monthStyle: Date.VerbatimFormatStyle
    private let shortMonthStyle: Date.VerbatimFormatStyle
    /// CLDR's long date, not a fixed `d MMMM y`: `1 mars 2026` in Swedish, but `1. März 2026` in German,
    /// `1. maaliskuuta 2026` in Finnish and `March 1, 2026` in American English.
    private let dayStyle: Date.FormatStyle
    private let numbers: NumberParser
    /// Texts already formatted: charts on many pages format the same values and ticks again, and
    /// each ICU call costs microseconds (2 % of a large build's time before this).
    private let formatted = Memo<FormatRequest, String>()

    private static let cachedDigits = 4
    /// No-break space between a value and its unit, as ICU puts before `%`, so `12 min` never wraps.
    private static let unitSpace = "\u{00A0}"

    public init(localeIdentifier: String) {
        self.localeIdentifier = localeIdentifier
        let locale = Locale(identifier: localeIdentifier)
        let utc = TimeZone(identifier: "UTC") ?? TimeZone.gmt
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        self.locale = locale
        self.calendar = calendar
        let number = FloatingPointFormatStyle<Double>(locale: locale)
        let percent = FloatingPointFormatStyle<Double>.Percent(locale: locale)
        fixedNumberStyles = (0...Self.cachedDigits).map { number.precision(.fractionLength($0)) }
        fixedPercentStyles = (0...Self.cachedDigits).map { percent.precision(.fractionLength($0)) }
        trimmedNumberStyle = number.precision(.fractionLength(0...2))
        integerStyle = IntegerFormatStyle<Int>(locale: locale)
        monthStyle = Date.VerbatimFormatStyle(
            format: "\(standaloneMonth: .wide) \(year: .defaultDigits)",
            locale: locale, timeZone: utc, calendar: calendar
        )
        shortMonthStyle = Date.VerbatimFormatStyle(
            format: "\(standaloneMonth: .abbreviated) \(year: .defaultDigits)",
            locale: locale, timeZone: utc, calendar: calendar
        )
        var dayStyle = Date.FormatStyle(date: .long, time: .omitted, locale: locale, calendar: calendar)
        dayStyle.timeZone = utc
        self.dayStyle = dayStyle
        decimalMark = locale.decimalSeparator?.first ?? "."
        numbers = NumberParser(decimalMark: decimalMark)
    }

    /// A cell as a reader sees it in a table or tooltip, according to its column type; missing is `–`.
    public func format(_ cell: Cell, as type: ColumnType, fractionDigits: Int? = nil) -> String {
        switch cell {
        case .missing: return "–"
        case let .number(value):
            switch type {
            case .percent: return percent(value, fractionDigits: fractionDigits ?? 0)
            case .duration: return duration(seconds: value)
            default: return number(value, fractionDigits: fractionDigits)
            }
        case let .day(year, month, day): return self.day(year: year, month: month, day: day)
        case let .month(year, month): return self.month(year: year, month: month)
        case let .text(text): return text
        }
    }

    /// A plain number; `fractionDigits: nil` shows up to 2 decimals, trimming trailing zeros.
    public func number(_ value: Double, fractionDigits: Int? = nil) -> String {
        formatted.text(for: .number(value, fractionDigits ?? -1)) {
            formatNumber(value, fractionDigits: fractionDigits)
        }
    }

    private func formatNumber(_ value: Double, fractionDigits: Int?) -> String {
        guard let digits = fractionDigits else { return value.formatted(trimmedNumberStyle) }
        let style =
            fixedNumberStyles.indices.contains(digits)
            ? fixedNumberStyles[digits]
            : FloatingPointFormatStyle<Double>(locale: locale).precision(.fractionLength(max(0, digits)))
        return value.formatted(style)
    }

    /// A fraction as a percent: 0.875 -> `87,5 %` (with 1 digit).
    public func percent(_ fraction: Double, fractionDigits: Int = 0) -> String {
        formatted.text(for: .percent(fraction, fractionDigits)) {
            formatPercent(fraction, fractionDigits: fractionDigits)
        }
    }

    private func formatPercent(_ fraction: Double, fractionDigits: Int) -> String {
        let style =
            fixedPercentStyles.indices.contains(fractionDigits)
            ? fixedPercentStyles[fractionDigits]
            : FloatingPointFormatStyle<Double>.Percent(locale: locale).precision(
                .fractionLength(max(0, fractionDigits)))
        return fraction.formatted(style)
    }

    /// A duration in the unit pair its magnitude needs: seconds under a minute (`45 s`), minutes and
    /// seconds under an hour (`1 min 30 s`, `12 min`), hours and minutes above (`9 h 26 min`, `2 h`).
    /// Whole minutes alone would show 1.5 min as `2 min` and make a one-minute target unreadable.
    /// SI symbols, which Swedish and Romanian both use; ICU's own unit lists read `1 tim, 5 min`
    /// and `12 min.` and are too long for chart labels.
    public func duration(seconds: Double) -> String {
        // Beyond ~31 million years the minutes no longer fit an `Int`; such a value is a data error, shown as is.
        guard seconds.isFinite, abs(seconds) < 1e15 else { return number(seconds) + Self.unitSpace + "s" }
        let sign = seconds < 0 ? -1 : 1
        let totalSeconds = Int(abs(seconds).rounded())
        if totalSeconds == 0 { return integer(0) + Self.unitSpace + "min" }
        if totalSeconds < 60 { return integer(sign * totalSeconds) + Self.unitSpace + "s" }
        if totalSeconds < 3600 {
            let (minutes, rest) = totalSeconds.quotientAndRemainder(dividingBy: 60)
            let minuteText = integer(sign * minutes) + Self.unitSpace + "min"
            return rest == 0 ? minuteText : minuteText + " " + integer(rest) + Self.unitSpace + "s"
        }
        let totalMinutes = Int((Double(totalSeconds) / 60).rounded())
        let (hours, minutes) = totalMinutes.quotientAndRemainder(dividingBy: 60)
        let hourText = integer(sign * hours) + Self.unitSpace + "h"
        return minutes == 0 ? hourText : hourText + " " + integer(minutes) + Self.unitSpace + "min"
    }

    /// Month name and year: `mars 2026`, `martie 2026`.
    public func month(year: Int, month: Int) -> String {
        formatted.text(for: .month(year, month)) {
            guard let date = date(year: year, month: month, day: 1) else { return Self.iso(year, month) }
            return date.formatted(monthStyle)
        }
    }

    /// Abbreviated month and year for axis ticks, as CLDR abbreviates them: `mars 2026`, `sep. 2026`, `mar. 2026`.
    public func shortMonth(year: Int, month: Int) -> String {
        formatted.text(for: .shortMonth(year, month)) {
            guard let date = date(year: year, month: month, day: 1) else { return Self.iso(year, month) }
            return date.formatted(shortMonthStyle)
        }
    }

    /// A calendar day in words: `1 mars 2026`, `1 martie 2026`.
    public func day(year: Int, month: Int, day: Int) -> String {
        formatted.text(for: .day(year, month, day)) {
            guard let date = date(year: year, month: month, day: day) else {
                return Self.iso(year, month) + "-" + Self.padded(day)
            }
            return date.formatted(dayStyle)
        }
    }

    /// Reads a number as this locale writes it (`1 234,5` in sv_SE, `1.234,5` in ro_RO); `nil` if it is not one.
    public func parseNumber(_ text: String) -> Double? {
        numbers.number(from: text)
    }

    private func integer(_ value: Int) -> String {
        value.formatted(integerStyle)
    }

    private func date(year: Int, month: Int, day: Int) -> Date? {
        guard (1...12).contains(month), (1...ISODate.days(inMonth: month, year: year)).contains(day) else { return nil }
        return calendar.date(from: DateComponents(year: year, month: month, day: day))
    }

    private static func iso(_ year: Int, _ month: Int) -> String {
        "\(year)-\(padded(month))"
    }

    private static func padded(_ value: Int) -> String {
        value < 10 && value >= 0 ? "0\(value)" : String(value)
    }
}

/// What a `ValueFormatter` was asked to format; doubles compare by bit pattern, so `-0.0` and
/// `0.0` (formatted differently) stay apart.
private enum FormatRequest: Hashable, Sendable {
    case number(UInt64, Int)
    case percent(UInt64, Int)
    case month(Int, Int)
    case shortMonth(Int, Int)
    case day(Int, Int, Int)

    static func number(_ value: Double, _ digits: Int) -> FormatRequest { .number(value.bitPattern, digits) }
    static func percent(_ value: Double, _ digits: Int) -> FormatRequest { .percent(value.bitPattern, digits) }
}

extension Memo where Key == FormatRequest, Value == String {
    fileprivate func text(for request: FormatRequest, make: () -> String) -> String {
        value(for: request) { _ in make() }
    }
}

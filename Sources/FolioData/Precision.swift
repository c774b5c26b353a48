/// How many decimals a column's values are written with, so a table, a tooltip, a description, a KPI
/// tile and a `{{metric}}` value all show a number exactly as precisely as the data holds it.
///
/// Values are stored as doubles (percents as fractions), so the decimals are recovered from the
/// value as the reader sees it: 0.835 read as a percent is 83.5, one decimal. The count is capped at
/// `maximum`, so a computed 83.333… does not print fifteen digits.
public enum Precision {
    /// The most decimals a value is ever shown with, unless a spec asks for fewer.
    public static let maximum = 3

    /// The decimals `value` needs (0…`maximum`) when multiplied by `scale` (100 for percents).
    public static func decimals(of value: Double, scale: Double = 1) -> Int {
        guard value.isFinite else { return 0 }
        let shown = value * scale
        var power = 1.0
        for digits in 0..<maximum {
            let scaled = shown * power
            // Relative tolerance: 0.835 × 100 is 83.49999999999999 in binary.
            if abs(scaled - scaled.rounded()) <= 1e-7 * max(1, abs(scaled)) { return digits }
            power *= 10
        }
        return maximum
    }

    /// The most decimals any of `values` needs (0 for none).
    public static func decimals(of values: some Sequence<Double>, scale: Double = 1) -> Int {
        var most = 0
        for value in values {
            most = max(most, decimals(of: value, scale: scale))
            if most == maximum { break }
        }
        return most
    }

    /// The decimals of a column as its type shows it: percents in percent points, durations none
    /// (they are written in unit pairs, `1 min 30 s`), other kinds none.
    public static func decimals(of column: Column) -> Int {
        switch column.type {
        case .number: decimals(of: column.values.lazy.compactMap(\.number))
        case .percent: decimals(of: column.values.lazy.compactMap(\.number), scale: 100)
        case .duration, .date, .month, .text: 0
        }
    }
}

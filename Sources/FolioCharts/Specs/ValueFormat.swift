import FolioData

/// How a chart's values read: plain numbers, percents (stored as fractions) or durations (seconds).
///
/// Chosen by the chart's `format:` key or, by default, from the y column's type.
public enum ValueFormat: String, Sendable, Hashable, CaseIterable {
    case number
    case percent
    case duration

    public init?(columnType: ColumnType) {
        switch columnType {
        case .number: self = .number
        case .percent: self = .percent
        case .duration: self = .duration
        case .date, .month, .text: return nil
        }
    }

    public var columnType: ColumnType {
        switch self {
        case .number: .number
        case .percent: .percent
        case .duration: .duration
        }
    }

    /// Ticks for durations fall on whole minutes once values reach two minutes, and on whole hours
    /// past four hours, since the formatter then writes minutes or hours: finer ticks would print
    /// labels such as `8 h 20 min`.
    func tickUnit(largest: Double) -> Double {
        guard self == .duration else { return 1 }
        return largest >= 4 * 3600 ? 3600 : largest >= 120 ? 60 : 1
    }

    /// A value as a reader sees it in a tooltip, table, description or KPI tile, with `decimals`
    /// (the column's precision, see `Precision`); nil shows the value as precisely as it is written.
    /// Durations are written in unit pairs (`1 min 30 s`) and take no decimals.
    public func text(_ value: Double, formatter: ValueFormatter, decimals: Int? = nil) -> String {
        switch self {
        case .number: formatter.number(value, fractionDigits: decimals ?? Precision.decimals(of: value))
        case .percent:
            formatter.percent(value, fractionDigits: decimals ?? Precision.decimals(of: value, scale: 100))
        case .duration: formatter.duration(seconds: value)
        }
    }

    /// The decimals `column` is shown with in this format: percents in percent points.
    public func decimals(of column: Column) -> Int {
        guard let scale = decimalsScale else { return 0 }
        return Precision.decimals(of: column.values.lazy.compactMap(\.number), scale: scale)
    }

    /// What a value is multiplied by before its decimals are counted (`Precision`): 100 for
    /// percents, shown in percent points; nil for durations, shown without decimals.
    public var decimalsScale: Double? {
        switch self {
        case .number: 1
        case .percent: 100
        case .duration: nil
        }
    }

    /// A tick label: as many decimals as the tick step needs, no more.
    func tickLabel(_ value: Double, ticks: NiceTicks, formatter: ValueFormatter) -> String {
        switch self {
        case .number: formatter.number(value, fractionDigits: ticks.fractionDigits)
        case .percent: formatter.percent(value, fractionDigits: Swift.max(0, ticks.fractionDigits - 2))
        case .duration: formatter.duration(seconds: value)
        }
    }
}

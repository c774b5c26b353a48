import FolioData

/// The size of a change between two periods as a reader says it, with its unit: `1,5 procentenheter`,
/// `1 punct procentual`, `20 de puncte procentuale`, `1 min 30 s`, `3 poäng`. Shared by KPI tiles
/// `{{metric … change}}` and chart descriptions, so the two never disagree.
public struct ChangeAmount: Sendable {
    /// A plain number's unit in the page's language, singular and plural (`punct`, `puncte`).
    public struct Unit: Sendable, Hashable {
        public var one: String
        public var other: String

        public init(one: String, other: String) {
            self.one = one
            self.other = other
        }
    }

    public var formatter: ValueFormatter
    public var strings: ChartStrings

    public init(formatter: ValueFormatter, strings: ChartStrings) {
        self.formatter = formatter
        self.strings = strings
    }

    /// `size` is the change's magnitude (never negative) in stored units (fractions for percents).
    public func text(_ size: Double, format: ValueFormat, decimals: Int, unit: Unit?) -> String {
        switch format {
        case .duration:
            return formatter.duration(seconds: size)
        case .percent:
            let points = size * 100
            return counted(points, decimals: decimals, one: strings.percentagePoint, other: strings.percentagePoints)
        case .number:
            guard let unit else { return formatter.number(size, fractionDigits: decimals) }
            return counted(size, decimals: decimals, one: unit.one, other: unit.other)
        }
    }

    /// A number and its unit: singular for exactly one; the language's link word (Romanian `de`)
    /// after whole numbers whose last two digits are 00 or 20–99, as in "20 de puncte".
    private func counted(_ value: Double, decimals: Int, one: String, other: String) -> String {
        let number = formatter.number(value, fractionDigits: decimals)
        let rounded = (value * pow10(decimals)).rounded() / pow10(decimals)
        if rounded == 1 { return number + " " + one }
        if !strings.countLink.isEmpty, rounded == rounded.rounded(), rounded >= 20, rounded < 1e15 {
            let lastTwo = Int(rounded) % 100
            if lastTwo == 0 || lastTwo >= 20 { return number + " " + strings.countLink + " " + other }
        }
        return number + " " + other
    }

    private func pow10(_ digits: Int) -> Double {
        (0..<digits).reduce(1.0) { value, _ in value * 10 }
    }
}

import Foundation

/// Reads durations as authors write them: `90s`, `12 min`, `1 h 5 min`, `1:30` (m:ss), `1:02:03` (h:mm:ss),
/// or a plain number in the column's declared unit. Results are in seconds.
struct DurationParser: Sendable {
    var numbers: NumberParser
    /// The unit of a plain number without a unit; minutes unless the schema says otherwise.
    var plainUnit: DurationUnit

    /// Seconds, and whether the text named its unit (only those let inference pick `duration`).
    func parse(_ text: String) -> (seconds: Double, isExplicit: Bool)? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        if trimmed.utf8.contains(UInt8(ascii: ":")) {
            return clockSeconds(trimmed).map { ($0, true) }
        }
        if let value = numbers.number(from: trimmed) {
            return (value * Self.seconds(in: plainUnit), false)
        }
        var total = 0.0
        var rest = Substring(trimmed)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.isEmpty { break }
            let numberText = rest.prefix { $0.isNumber || $0 == numbers.decimalMark || $0 == "." }
            rest = rest.dropFirst(numberText.count).drop { $0.isWhitespace }
            let unitText = rest.prefix { $0.isLetter }
            rest = rest.dropFirst(unitText.count)
            guard let value = numbers.number(from: String(numberText)),
                let scale = Self.unitSeconds[unitText.lowercased()]
            else { return nil }
            total += value * scale
        }
        return (total, true)
    }

    /// `m:ss` or `h:mm:ss`; every part after the first below 60.
    private func clockSeconds(_ text: String) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let values = parts.compactMap { Int($0) }
        guard values.count == parts.count, values.dropFirst().allSatisfy({ $0 < 60 }) else { return nil }
        // In Double: an hours part near Int.max (`2888888888888888888:30`) would overflow `Int`.
        return values.reduce(0.0) { $0 * 60 + Double($1) }
    }

    static func seconds(in unit: DurationUnit) -> Double {
        switch unit {
        case .seconds: 1
        case .minutes: 60
        case .hours: 3600
        }
    }

    /// SI symbols plus the Swedish and Romanian spellings authors type (`sek`, `tim`, `ore`).
    private static let unitSeconds: [String: Double] = [
        "s": 1, "sec": 1, "sek": 1,
        "m": 60, "min": 60,
        "h": 3600, "tim": 3600, "ore": 3600, "ora": 3600,
    ]
}

import Foundation

/// Axis ticks at round values (1, 2 or 5 × 10ⁿ) covering the data, after Heckbert's
/// "Nice numbers for graph labels" (Graphics Gems, 1990).
///
/// The domain is widened to whole steps so the first and last gridlines sit on ticks.
struct NiceTicks: Sendable, Hashable {
    var lower: Double
    var upper: Double
    var step: Double

    /// - Parameters:
    ///   - values: the values the axis must show (data, targets).
    ///   - count: roughly how many intervals to aim for.
    ///   - unit: ticks are nice multiples of this (60 puts durations on whole minutes).
    ///   - minimum, maximum: author-fixed ends, kept exactly.
    init(
        covering values: [Double], count: Int = 5, includeZero: Bool = false, unit: Double = 1,
        minimum: Double? = nil, maximum: Double? = nil
    ) {
        let finite = values.filter(\.isFinite)
        var low = minimum ?? finite.min() ?? 0
        var high = maximum ?? finite.max() ?? 1
        if includeZero {
            if minimum == nil { low = Swift.min(low, 0) }
            if maximum == nil { high = Swift.max(high, 0) }
        }
        if low > high { swap(&low, &high) }
        if low == high {
            let pad = low == 0 ? unit : abs(low) * 0.1
            if minimum == nil { low -= pad }
            if maximum == nil || minimum != nil { high += pad }
        }
        // Below one unit the step stays at the unit: durations never tick at 30 seconds.
        let rough = Self.niceStep(for: (high - low) / Double(Swift.max(1, count)) / unit)
        let step = (unit > 1 ? Swift.max(1, rough) : rough) * unit
        self.step = step
        // The 1e-9 slack keeps 0.7 / 0.05 = 13.999… from widening the domain by a whole step.
        self.lower = minimum ?? (low / step + 1e-9).rounded(.down) * step
        self.upper = maximum ?? (high / step - 1e-9).rounded(.up) * step
    }

    /// The tick values inside the domain, computed from integer multiples so no error accumulates.
    var values: [Double] {
        guard step > 0, step.isFinite else { return [lower, upper] }
        let first = Int((lower / step - 1e-9).rounded(.up))
        let last = Int((upper / step + 1e-9).rounded(.down))
        guard first <= last, last - first < 1000 else { return [lower, upper] }
        return (first...last).map { index in
            let value = Double(index) * step
            return value == 0 ? 0 : value
        }
    }

    /// How many decimals a tick label needs so adjacent ticks read differently (step 0.25 → 2).
    var fractionDigits: Int {
        guard step > 0, step.isFinite else { return 0 }
        var digits = 0
        var scaled = step
        while digits < 6, abs(scaled - scaled.rounded()) > 1e-9 * Swift.max(1, abs(scaled)) {
            scaled *= 10
            digits += 1
        }
        return digits
    }

    /// The smallest of 1, 2, 5 × 10ⁿ at least `rough` (`rough` ≤ 0 gives 1).
    static func niceStep(for rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        let exponent = (log10(rough)).rounded(.down)
        let magnitude = pow(10, exponent)
        let fraction = rough / magnitude
        // The tolerance keeps 0.05 (log10 rounding to 5.000000001 × 10⁻²) from jumping to 0.1.
        let tolerance = 1e-9
        let nice: Double =
            fraction <= 1 + tolerance ? 1 : fraction <= 2 + tolerance ? 2 : fraction <= 5 + tolerance ? 5 : 10
        return nice * magnitude
    }
}

/// Maps a continuous value domain onto a pixel range, e.g. 0…100 % onto the plot's height.
///
/// `range` may run backwards (bottom to top for a y axis); a zero-width domain maps to the
/// middle of the range instead of dividing by zero.
struct LinearScale: Sendable, Hashable {
    var domain: (lower: Double, upper: Double)
    var range: (start: Double, end: Double)

    init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = (domain.0, domain.1)
        self.range = (range.0, range.1)
    }

    /// The position of `value` in the range.
    func position(of value: Double) -> Double {
        let span = domain.upper - domain.lower
        guard span != 0 else { return (range.start + range.end) / 2 }
        return range.start + (value - domain.lower) / span * (range.end - range.start)
    }

    /// The position of `value`, clamped to the range: a value outside `min`/`max` stays in the plot.
    func clampedPosition(of value: Double) -> Double {
        let position = position(of: value)
        return Swift.min(Swift.max(position, Swift.min(range.start, range.end)), Swift.max(range.start, range.end))
    }

    static func == (lhs: LinearScale, rhs: LinearScale) -> Bool {
        lhs.domain == rhs.domain && lhs.range == rhs.range
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(domain.lower)
        hasher.combine(domain.upper)
        hasher.combine(range.start)
        hasher.combine(range.end)
    }
}

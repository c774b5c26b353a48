/// One registered metric as charts see it in one language: where its numbers live, how they read,
/// which way is good, and its target. Filled by the site from `content/metrics.yml`.
public struct MetricInfo: Sendable, Hashable {
    public var id: String
    /// The metric's name in the page's language (legend, axis, tile label).
    public var name: String
    /// Data file, relative to `content/data`.
    public var data: String
    public var column: String
    /// `number`, `percent` or `duration`; nil keeps the column's own type.
    public var format: String?
    public var higherIsBetter: Bool
    /// In stored units (fractions for percents, seconds for durations).
    public var target: Double?

    public init(
        id: String, name: String, data: String, column: String, format: String? = nil, higherIsBetter: Bool = true,
        target: Double? = nil
    ) {
        self.id = id
        self.name = name
        self.data = data
        self.column = column
        self.format = format
        self.higherIsBetter = higherIsBetter
        self.target = target
    }
}

import FolioDiagnostics
import FolioDirectives

/// One metric defined once for the whole site in `content/metrics.yml`: what it is called and
/// means in each language, where its numbers live, which way is good, its target and valid range.
public struct Metric: Sendable, Hashable {
    /// What a reader is told about the metric in one language.
    public struct Text: Sendable, Hashable {
        public var name: String
        public var description: String
        public var formula: String?
        public var unit: String?
    }

    public var id: String
    public var data: String
    public var column: String
    /// `number`, `percent` or `duration`, or nil for the column's own type.
    public var format: String?
    public var higherIsBetter: Bool
    /// Stored units: fractions for percents, seconds for durations.
    public var target: Double?
    public var range: ClosedRange<Double>?
    public var texts: [String: Text]
    public var location: SourceLocation

    /// The metric as charts see it in `language`.
    func info(language: String) -> MetricInfo {
        MetricInfo(
            id: id, name: texts[language]?.name ?? id, data: data, column: column, format: format,
            higherIsBetter: higherIsBetter, target: target)
    }
}

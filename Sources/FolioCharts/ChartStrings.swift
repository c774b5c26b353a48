/// Every interface word charts, KPI tiles and tables print, in the page's language.
///
/// Charts hold no language of their own: the site fills this from its string tables
/// (`ChartStrings(lookup:)` reports the keys a table lacks), so adding a language needs no code.
public struct ChartStrings: Sendable, Hashable {
    /// Summary of the disclosure holding a chart's numbers: "Visa data" / "Afișează datele".
    public var dataTable: String
    /// Legend entry of a scatter trend line: "Trend" / "Tendință".
    public var trend: String
    /// Name of Pearson's r next to its value: "korrelation" / "corelație".
    public var correlation: String
    /// Label of a target line and KPI target: "Mål" / "Țintă".
    public var target: String
    /// A KPI target is reached: "uppnått" / "atinsă".
    public var targetMet: String
    /// A KPI target is not reached: "ej uppnått" / "neatinsă".
    public var targetMissed: String
    /// A KPI rose since the previous period: "ökning" / "creștere".
    public var increase: String
    /// A KPI fell since the previous period: "minskning" / "scădere".
    public var decrease: String
    /// A KPI did not change: "oförändrat" / "neschimbat".
    public var unchanged: String
    /// Follows a KPI change: "jämfört med föregående period" / "față de perioada anterioară".
    public var comparedWithPrevious: String
    /// Unit of a change between two percents: "procentenheter" / "puncte procentuale".
    public var percentagePoints: String
    /// Shown instead of a chart when no rows are left to draw: "Inga data" / "Nu există date".
    public var noData: String
    /// Description: the first value of a series: "första" / "prima valoare".
    public var first: String
    /// Description: the latest value of a series: "senaste" / "ultima valoare".
    public var last: String
    /// Description: the lowest value: "lägst" / "minim".
    public var lowest: String
    /// Description: the highest value: "högst" / "maxim".
    public var highest: String
    /// Scatter description, "y versus x": "mot" / "față de".
    public var versus: String
    /// Scatter description, the number of points: "punkter" / "puncte".
    public var points: String
    /// Label of a KPI tile's period: "Period" / "Perioadă".
    public var period: String
    /// Names the data file under a chart or table: "Källa" / "Sursa".
    public var source: String

    public init(
        dataTable: String, trend: String, correlation: String, target: String, targetMet: String,
        targetMissed: String, increase: String, decrease: String, unchanged: String, comparedWithPrevious: String,
        percentagePoints: String, noData: String, first: String, last: String, lowest: String, highest: String,
        versus: String, points: String, period: String, source: String
    ) {
        self.dataTable = dataTable
        self.trend = trend
        self.correlation = correlation
        self.target = target
        self.targetMet = targetMet
        self.targetMissed = targetMissed
        self.increase = increase
        self.decrease = decrease
        self.unchanged = unchanged
        self.comparedWithPrevious = comparedWithPrevious
        self.percentagePoints = percentagePoints
        self.noData = noData
        self.first = first
        self.last = last
        self.lowest = lowest
        self.highest = highest
        self.versus = versus
        self.points = points
        self.period = period
        self.source = source
    }

    /// The string-table keys, one per field, in declaration order.
    public static let keys = [
        "dataTable", "trend", "correlation", "target", "targetMet", "targetMissed", "increase", "decrease",
        "unchanged", "comparedWithPrevious", "percentagePoints", "noData", "first", "last", "lowest", "highest",
        "versus", "points", "period", "source",
    ]

    /// Fills every field from a string table (`lookup("trend")`, possibly prefixed by the caller).
    ///
    /// Throws `MissingKeys` naming every key the table lacks, so one build reports them all.
    public init(lookup: (String) -> String?) throws {
        var missing: [String] = []
        func value(_ key: String) -> String {
            if let text = lookup(key) { return text }
            missing.append(key)
            return key
        }
        self.init(
            dataTable: value("dataTable"), trend: value("trend"), correlation: value("correlation"),
            target: value("target"), targetMet: value("targetMet"), targetMissed: value("targetMissed"),
            increase: value("increase"), decrease: value("decrease"), unchanged: value("unchanged"),
            comparedWithPrevious: value("comparedWithPrevious"), percentagePoints: value("percentagePoints"),
            noData: value("noData"), first: value("first"), last: value("last"), lowest: value("lowest"),
            highest: value("highest"), versus: value("versus"), points: value("points"), period: value("period"),
            source: value("source"))
        if !missing.isEmpty { throw MissingKeys(keys: missing) }
    }

    /// The keys a string table lacks, in `keys` order.
    public struct MissingKeys: Error, Sendable, Hashable, CustomStringConvertible {
        public var keys: [String]

        public var description: String { "missing chart strings: " + keys.joined(separator: ", ") }
    }
}

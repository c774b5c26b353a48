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
    /// KPI change with its size: "ökning med" / "creștere cu".
    public var increaseBy: String
    /// KPI change with its size: "minskning med" / "scădere cu".
    public var decreaseBy: String
    /// One percentage point: "procentenhet" / "punct procentual".
    public var percentagePoint: String
    /// Put between a whole number and its unit when the language asks for it (Romanian `de` after
    /// 20–99 and whole hundreds: "20 de puncte procentuale"); empty in Swedish.
    public var countLink: String
    /// A series that rose: {series}, {first}, {firstPeriod}, {last}, {lastPeriod}, {change}.
    public var describeRise: String
    /// A series that fell (same placeholders as `describeRise`).
    public var describeFall: String
    /// A series that ended where it started: {series}, {last}, {firstPeriod}, {lastPeriod}.
    public var describeFlat: String
    /// Lowest and highest point: {low}, {lowPeriod}, {high}, {highPeriod}.
    public var describeRange: String
    /// The latest value meets the target, every period since {since}: {target}.
    public var describeTargetMet: String
    /// The latest value misses the target, every period since {since}: {target}.
    public var describeTargetMissed: String
    /// Categories: {series}, {top}, {topValue}, {bottom}, {bottomValue}.
    public var describeCategories: String
    /// How many categories meet the target: {target}, {count}, {total}.
    public var describeTargetCount: String
    /// Shares: the largest in the latest period: {series}, {value}, {period}.
    public var describeLargestShare: String
    /// Shares: how the mix moved: {firstPeriod}, {lastPeriod}, {moves}.
    public var describeShareMoves: String
    /// One share's move: {series}, {first}, {last}.
    public var describeShareMove: String
    /// Scatter: {strength} {direction} relation between {x} and {y}, with {r} and {n}.
    public var describeRelation: String
    /// Scatter strength words (|r| ≥ 0.7, ≥ 0.4, below) and direction words.
    public var relationStrong: String
    public var relationModerate: String
    public var relationWeak: String
    public var relationPositive: String
    public var relationNegative: String
    /// Scatter where no relation can be computed (too few points, or all equal): {x}, {y}, {n}.
    public var describeNoRelation: String
    /// Link to a chart's, table's or KPI group's numbers as a CSV file: "Ladda ned data (CSV)".
    public var downloadData: String
    /// A time chart's caption names the period of its latest value: "Senaste värde: {period}".
    public var latestValue: String
    /// Heading of the numbered key of a chart's annotations: "Händelser" / "Evenimente".
    public var annotations: String
    /// Description: the annotated events, {events} being "juli 2025: nytt telefonsystem; …".
    public var describeAnnotations: String

    /// The string-table keys, one per field, in declaration order.
    public static let keys = [
        "dataTable", "trend", "correlation", "target", "targetMet", "targetMissed", "increase", "decrease",
        "unchanged", "comparedWithPrevious", "percentagePoints", "noData", "first", "last", "lowest", "highest",
        "versus", "points", "period", "source", "increaseBy", "decreaseBy", "percentagePoint", "countLink",
        "describeRise", "describeFall", "describeFlat", "describeRange", "describeTargetMet",
        "describeTargetMissed", "describeCategories", "describeTargetCount", "describeLargestShare",
        "describeShareMoves", "describeShareMove", "describeRelation", "relationStrong", "relationModerate",
        "relationWeak", "relationPositive", "relationNegative", "describeNoRelation", "downloadData",
        "latestValue", "annotations", "describeAnnotations",
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
        dataTable = value("dataTable")
        trend = value("trend")
        correlation = value("correlation")
        target = value("target")
        targetMet = value("targetMet")
        targetMissed = value("targetMissed")
        increase = value("increase")
        decrease = value("decrease")
        unchanged = value("unchanged")
        comparedWithPrevious = value("comparedWithPrevious")
        percentagePoints = value("percentagePoints")
        noData = value("noData")
        first = value("first")
        last = value("last")
        lowest = value("lowest")
        highest = value("highest")
        versus = value("versus")
        points = value("points")
        period = value("period")
        source = value("source")
        increaseBy = value("increaseBy")
        decreaseBy = value("decreaseBy")
        percentagePoint = value("percentagePoint")
        countLink = value("countLink")
        describeRise = value("describeRise")
        describeFall = value("describeFall")
        describeFlat = value("describeFlat")
        describeRange = value("describeRange")
        describeTargetMet = value("describeTargetMet")
        describeTargetMissed = value("describeTargetMissed")
        describeCategories = value("describeCategories")
        describeTargetCount = value("describeTargetCount")
        describeLargestShare = value("describeLargestShare")
        describeShareMoves = value("describeShareMoves")
        describeShareMove = value("describeShareMove")
        describeRelation = value("describeRelation")
        relationStrong = value("relationStrong")
        relationModerate = value("relationModerate")
        relationWeak = value("relationWeak")
        relationPositive = value("relationPositive")
        relationNegative = value("relationNegative")
        describeNoRelation = value("describeNoRelation")
        downloadData = value("downloadData")
        latestValue = value("latestValue")
        annotations = value("annotations")
        describeAnnotations = value("describeAnnotations")
        if !missing.isEmpty { throw MissingKeys(keys: missing) }
    }

    /// `template` with each `{name}` replaced by its value, in one pass, so a value that itself holds
    /// `{name}` (a label from the data) is never filled again; unknown placeholders stay as written.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                let value = values[String(rest[rest.index(after: open)..<close])]
            else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The keys a string table lacks, in `keys` order.
    public struct MissingKeys: Error, Sendable, Hashable, CustomStringConvertible {
        public var keys: [String]

        public var description: String { "missing chart strings: " + keys.joined(separator: ", ") }
    }
}

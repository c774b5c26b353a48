import FolioData

/// What to draw: a validated chart, every column present and of a type the chart can draw.
///
/// Charts never read author YAML: `FolioDirectives` builds this from a ```chart block and checks
/// everything up front, so drawing never fails.
public struct ChartSpec: Sendable {
    public var type: ChartType
    public var table: DataTable
    /// The data file as readers see it in the provenance line (`metrics/monthly.csv`).
    public var source: String
    public var x: Column
    public var y: [Column]
    public var title: String?
    public var caption: String?
    public var description: String?
    /// Column name → label for legend and table header.
    public var labels: [String: String]
    public var xTitle: String?
    public var yTitle: String?
    public var format: ValueFormat
    public var minimum: Double?
    public var maximum: Double?
    public var includesZero: Bool
    /// `target:` comes first, labelled with `strings.target`.
    public var targets: [Double]
    public var references: [ReferenceLine]
    public var query: RowQuery
    public var trend: Bool
    public var pointLabel: Column?
    /// Decimals every value is shown with (`decimals:`, 0…3); nil takes each column's own precision.
    public var decimals: Int?
    /// Which way is good news for the target (a metric's `direction`); descriptions say whether
    /// the target is met.
    public var higherIsBetter: Bool = true
    /// Small multiples (`facet:`): when set, the figure draws one panel per value instead of one chart.
    public var facets: ChartFacets?
    /// Events marked on a time axis, in the page's language, each on the axis (checked when read).
    public var annotations: [ChartAnnotation] = []
    /// The decimals of x and each y column (as `decimals(of:)` counts them), found once per data file
    /// by the reader when `table` is the file's whole table (`DataFile.decimals(ofColumn:scale:)`):
    /// counted here, a chart over a 30,000-row file on each of 10,000 pages counted 30,000 values per
    /// page (bench/pages-from-data). Nil: counted from the columns.
    public var columnDecimals: (x: Int, y: [Int])?

    public init(
        type: ChartType, table: DataTable, source: String, x: Column, y: [Column], title: String? = nil,
        caption: String? = nil, description: String? = nil, labels: [String: String] = [:], xTitle: String? = nil,
        yTitle: String? = nil, format: ValueFormat, minimum: Double? = nil, maximum: Double? = nil,
        includesZero: Bool, targets: [Double] = [], references: [ReferenceLine] = [], query: RowQuery = RowQuery(),
        trend: Bool = false, pointLabel: Column? = nil, decimals: Int? = nil, higherIsBetter: Bool = true
    ) {
        self.type = type
        self.table = table
        self.source = source
        self.x = x
        self.y = y
        self.title = title
        self.caption = caption
        self.description = description
        self.labels = labels
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.format = format
        self.minimum = minimum
        self.maximum = maximum
        self.includesZero = includesZero
        self.targets = targets
        self.references = references
        self.query = query
        self.trend = trend
        self.pointLabel = pointLabel
        self.decimals = decimals
        self.higherIsBetter = higherIsBetter
    }

    func label(for column: Column) -> String { labels[column.name] ?? column.name }
}

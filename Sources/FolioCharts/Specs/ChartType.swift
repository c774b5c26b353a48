/// The `type:` of a chart block; each case is drawn by one `ChartKind` in `Kinds/`.
public enum ChartType: String, Sendable, CaseIterable {
    case line
    case area
    case bar
    case hbar
    case groupedBar = "grouped-bar"
    case stackedBar = "stacked-bar"
    case stackedBar100 = "stacked-bar-100"
    case scatter
    case sparkline

    /// Bars start at zero by default (a bar's length is its value); lines and points need not.
    public var includesZeroByDefault: Bool {
        switch self {
        case .bar, .hbar, .groupedBar, .stackedBar, .stackedBar100, .area: true
        case .line, .scatter, .sparkline: false
        }
    }

    var kind: any ChartKind {
        switch self {
        case .line: LineChart()
        case .area: AreaChart()
        case .bar: BarChart()
        case .hbar: HorizontalBarChart()
        case .groupedBar: GroupedBarChart()
        case .stackedBar: StackedBarChart(normalized: false)
        case .stackedBar100: StackedBarChart(normalized: true)
        case .scatter: ScatterChart()
        case .sparkline: Sparkline()
        }
    }
}

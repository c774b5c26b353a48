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
    case stackedArea = "stacked-area"

    /// Bars start at zero by default (a bar's length is its value); lines and points need not.
    public var includesZeroByDefault: Bool {
        switch self {
        case .bar, .hbar, .groupedBar, .stackedBar, .stackedBar100, .area, .stackedArea: true
        case .line, .scatter, .sparkline: false
        }
    }

    /// Kinds whose value axis covers each category's total rather than each value.
    var stacks: Bool { [.stackedBar, .stackedBar100, .stackedArea].contains(self) }

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
        case .stackedArea: StackedAreaChart()
        }
    }
}

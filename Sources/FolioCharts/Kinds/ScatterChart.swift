import FolioHTML

/// One point per row, x against y (e.g. handle time against satisfaction), optionally with a
/// least-squares trend line whose r appears in the legend and the description.
struct ScatterChart: ChartKind {
    func draw(_ data: ChartData, context: ChartContext) -> ChartDrawing {
        let width = ChartCanvas.width, height = ChartCanvas.height
        guard let series = data.series.first else { return ChartDrawing(body: "") }
        let points = Self.points(data)
        let trend = context.spec.trend ? TrendLine(points: points.map { ($0.x, $0.y) }) : nil
        let xFormat = data.xFormat ?? .number
        let xTicks = NiceTicks(
            covering: points.map(\.x), count: 5, includeZero: false,
            unit: xFormat.tickUnit(largest: points.map { abs($0.x) }.max() ?? 0))
        let xLabels = xTicks.values.map { xFormat.tickLabel($0, ticks: xTicks, formatter: context.formatter) }
        let yTicks = context.valueTicks(covering: points.map(\.y))
        let yLabels = context.tickLabels(for: yTicks)

        var entries: [Legend.Entry] = []
        if let trend {
            entries = [
                Legend.Entry(label: series.label, symbol: .marker(series.style)),
                Legend.Entry(label: Self.trendLabel(trend, context: context), symbol: .dashed),
            ]
        }
        let legend = Legend(entries: entries, chartID: context.id)
        let legendHeight = legend.height(width: width)
        let yTitleBaseline = 6 + legendHeight + ChartCanvas.fontSize
        // The y title (the series label by default) always sits above the plot.
        let top = yTitleBaseline + 4 + ChartCanvas.fontSize
        let halfLast = (xLabels.last.map { TextMetrics.width(of: $0, fontSize: ChartCanvas.fontSize) } ?? 0) / 2
        let left = max(ValueAxis.widestLabel(yLabels) + ValueAxis.labelGap + 6, 24)
        let bottom = CategoryAxis.labelOffset + 8 + ChartCanvas.lineHeight
        let plot = Rect(x: left, y: top, width: width - left - max(16, halfLast + 4), height: height - top - bottom)
        let x = LinearScale(domain: (xTicks.lower, xTicks.upper), range: (plot.x, plot.maxX))
        let y = LinearScale(domain: (yTicks.lower, yTicks.upper), range: (plot.maxY, plot.y))

        var svg = MarkupWriter()
        svg.raw(ValueAxis.left(ticks: yTicks.values, labels: yLabels, scale: y, plot: plot))
        svg.raw(ValueAxis.bottom(ticks: xTicks.values, labels: xLabels, scale: x, plot: plot))
        Self.drawMarkers(points, of: series, x: x, y: y, data: data, context: context, into: &svg)
        if let trend, let low = points.map(\.x).min(), let high = points.map(\.x).max() {
            Self.drawTrend(trend, from: low, to: high, x: x, y: y, context: context, into: &svg)
        }
        svg.raw(ReferenceMarks.horizontal(context.referenceLines, scale: y, plot: plot))
        svg.raw(legend.svg(width: width))
        do {
            let yTitle = context.spec.yTitle ?? series.label
            svg.element(
                "text", [("class", "axis-title"), ("x", "8"), ("y", SVGNumber.text(yTitleBaseline))], text: yTitle)
        }
        svg.raw(CategoryAxis.titles(x: data.xLabel, y: nil, plot: plot, height: height))
        return ChartDrawing(body: svg.output, width: width, height: height)
    }

    /// One marker per point, its tooltip the point's x and y (and its label, if the spec names one).
    private static func drawMarkers(
        _ points: [(row: Int, x: Double, y: Double)], of series: ChartData.Series, x: LinearScale, y: LinearScale,
        data: ChartData, context: ChartContext, into svg: inout MarkupWriter
    ) {
        let xFormat = data.xFormat ?? .number
        svg.open("g", [("class", "markers \(series.style.className)")])
        for point in points {
            svg.open(
                "path",
                [
                    ("class", "marker \(series.style.className)"),
                    (
                        "d",
                        series.style.marker.path(
                            x: x.clampedPosition(of: point.x),
                            y: y.clampedPosition(of: point.y), size: ChartCanvas.markerSize)
                    ),
                ])
            var tooltip =
                xFormat.text(point.x, formatter: context.formatter, decimals: data.xDecimals) + "; "
                + data.text(point.y, series: 0, formatter: context.formatter)
            if let name = data.pointLabels?[point.row] { tooltip = name + ": " + tooltip }
            svg.element("title", text: tooltip)
            svg.close("path")
        }
        svg.close("g")
    }

    /// The dashed least-squares line across the points' x range.
    private static func drawTrend(
        _ trend: TrendLine, from low: Double, to high: Double, x: LinearScale, y: LinearScale, context: ChartContext,
        into svg: inout MarkupWriter
    ) {
        svg.open(
            "path",
            [
                ("class", "trend"), ("fill", "none"), ("stroke-dasharray", "8 5"),
                (
                    "d",
                    LineMarks.path([
                        (x.position(of: low), y.clampedPosition(of: trend.y(at: low))),
                        (x.position(of: high), y.clampedPosition(of: trend.y(at: high))),
                    ])
                ),
            ])
        svg.element("title", text: Self.trendLabel(trend, context: context))
        svg.close("path")
    }

    /// Rows where both x and y are present.
    static func points(_ data: ChartData) -> [(row: Int, x: Double, y: Double)] {
        guard let values = data.series.first?.values else { return [] }
        return data.xValues.indices.compactMap { row in
            guard let x = data.xValues[row], let y = values[row] else { return nil }
            return (row, x, y)
        }
    }

    /// `Trend (korrelation r = 0,82)`.
    static func trendLabel(_ trend: TrendLine, context: ChartContext) -> String {
        "\(context.strings.trend) (\(context.strings.correlation) \(trend.rText(formatter: context.formatter)))"
    }
}

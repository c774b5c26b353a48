import FolioHTML

/// One bar per category running left to right: for long category names (reasons for contact,
/// teams) that would not fit under vertical bars. The chart grows taller with more categories.
struct HorizontalBarChart: ChartKind {
    static let rowHeight = 30.0
    /// Category names longer than this are cut with "…"; the full name stays in the tooltip.
    static let labelCharacters = 22

    func draw(_ data: ChartData, context: ChartContext) -> ChartDrawing {
        let width = ChartCanvas.width
        let ticks = context.valueTicks(covering: data.allValues)
        let tickLabels = context.tickLabels(for: ticks)
        let names = data.categories.map { TextMetrics.truncated($0, to: Self.labelCharacters) }
        let left = max(ValueAxis.widestLabel(names) + 16, 40)
        let right = max(
            20, (tickLabels.last.map { TextMetrics.width(of: $0, fontSize: ChartCanvas.fontSize) } ?? 0) / 2 + 4)
        let top = context.referenceLines.isEmpty ? 10.0 : ChartCanvas.lineHeight + 8
        let plot = Rect(
            x: left, y: top, width: width - left - right,
            height: Self.rowHeight * Double(max(1, names.count)))
        let xTitleSpace = context.spec.xTitle == nil ? 0 : ChartCanvas.lineHeight
        let height = plot.maxY + CategoryAxis.labelOffset + 8 + xTitleSpace
        let scale = LinearScale(domain: (ticks.lower, ticks.upper), range: (plot.x, plot.maxX))
        let band = BandScale(count: names.count, range: (plot.y, plot.maxY), padding: 0.25)
        let zero = scale.clampedPosition(of: min(max(0, ticks.lower), ticks.upper))

        var svg = MarkupWriter()
        svg.raw(ValueAxis.bottom(ticks: ticks.values, labels: tickLabels, scale: scale, plot: plot))
        guard let series = data.series.first else { return ChartDrawing(body: svg.output, height: height) }
        svg.open("g", [("class", "axis axis-y")])
        for (row, name) in names.enumerated() {
            svg.open(
                "text",
                [
                    ("x", SVGNumber.text(plot.x - 8)),
                    ("y", SVGNumber.text(band.center(at: row) + ChartCanvas.fontSize / 3)),
                    ("text-anchor", "end"),
                ])
            if name != data.categories[row] { svg.element("title", text: data.categories[row]) }
            svg.text(name)
            svg.close("text")
        }
        svg.close("g")
        for (row, value) in series.values.enumerated() {
            guard let value else { continue }
            let end = scale.clampedPosition(of: value)
            svg.raw(
                BarMarks.bar(
                    x: min(zero, end), y: band.bandStart(at: row), width: abs(end - zero),
                    height: band.bandwidth, style: series.style, chartID: context.id,
                    tooltip: data.tooltip(series: 0, row: row, formatter: context.formatter)))
        }
        svg.leaf(
            "line",
            [
                ("class", "axis-line"), ("x1", SVGNumber.text(zero)), ("y1", SVGNumber.text(plot.y)),
                ("x2", SVGNumber.text(zero)), ("y2", SVGNumber.text(plot.maxY)),
            ])
        svg.raw(ReferenceMarks.vertical(context.referenceLines, scale: scale, plot: plot))
        svg.raw(CategoryAxis.titles(x: context.spec.xTitle ?? context.spec.yTitle, y: nil, plot: plot, height: height))
        return ChartDrawing(body: svg.output, height: height)
    }
}

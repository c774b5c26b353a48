import FolioHTML

/// Several series side by side within each category: this year against last, channel by channel.
struct GroupedBarChart: ChartKind {
    func draw(_ data: ChartData, context: ChartContext) -> ChartDrawing {
        let frame = CategoryFrame(
            data: data, context: context, values: data.allValues,
            legend: BarMarks.legend(data, chartID: context.id), padding: 0.2)
        let groupWidth = frame.band.bandwidth / Double(max(1, data.series.count))
        var svg = MarkupWriter()
        svg.raw(BarMarks.definitions(for: data.series, chartID: context.id))
        svg.raw(frame.background)
        for (index, series) in data.series.enumerated() {
            for (row, value) in series.values.enumerated() {
                guard let value else { continue }
                svg.raw(
                    BarMarks.bar(
                        x: frame.band.bandStart(at: row) + groupWidth * Double(index),
                        y: min(frame.y(value), frame.baseline),
                        width: groupWidth - 1, height: abs(frame.y(value) - frame.baseline), style: series.style,
                        chartID: context.id,
                        tooltip: data.tooltip(series: index, row: row, formatter: context.formatter)))
            }
        }
        svg.raw(frame.foreground)
        return frame.drawing(svg.output)
    }
}

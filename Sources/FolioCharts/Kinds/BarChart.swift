import FolioHTML

/// One value per category as vertical bars from zero: contacts per channel, volume per month.
///
/// A missing value draws no bar (the table shows "–"), never a zero-height one.
struct BarChart: ChartKind {
    func draw(_ data: ChartData, context: ChartContext) -> ChartDrawing {
        let frame = CategoryFrame(
            data: data, context: context, values: data.allValues,
            legend: BarMarks.legend(data, chartID: context.id), padding: 0.25)
        var svg = MarkupWriter()
        svg.raw(frame.background)
        for (index, series) in data.series.enumerated() {
            for (row, value) in series.values.enumerated() {
                guard let value else { continue }
                let top = min(frame.y(value), frame.baseline)
                svg.raw(
                    BarMarks.bar(
                        x: frame.band.bandStart(at: row), y: top, width: frame.band.bandwidth,
                        height: abs(frame.y(value) - frame.baseline), style: series.style, chartID: context.id,
                        tooltip: data.tooltip(series: index, row: row, formatter: context.formatter)))
            }
        }
        svg.raw(frame.foreground)
        return frame.drawing(svg.output)
    }
}

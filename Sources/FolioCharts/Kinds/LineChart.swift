import FolioHTML

/// Values over time as lines with markers: the default for monthly KPIs such as CSAT or handle time.
///
/// Missing months break the line; series differ by colour, dash pattern and marker shape.
struct LineChart: ChartKind {
    func draw(_ data: ChartData, context: ChartContext) -> ChartDrawing {
        let frame = CategoryFrame(
            data: data, context: context, values: data.allValues,
            legend: LineMarks.legend(data, chartID: context.id), padding: 0)
        var svg = MarkupWriter()
        svg.raw(frame.background)
        for (index, series) in data.series.enumerated() {
            svg.raw(LineMarks.line(series.values, style: series.style, x: frame.band.center(at:), y: frame.y))
            svg.raw(
                LineMarks.markers(series.values, style: series.style, x: frame.band.center(at:), y: frame.y) {
                    data.tooltip(series: index, row: $0, formatter: context.formatter)
                })
        }
        svg.raw(frame.foreground)
        return frame.drawing(svg.output)
    }
}

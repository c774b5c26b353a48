import FolioHTML

/// A line chart with the area down to the baseline filled: for volumes, where the amount matters.
///
/// Several series overlap translucently (charts.css sets the fill opacity) rather than stack,
/// so each area still starts at zero and reads as its own total.
struct AreaChart: ChartKind {
    func draw(_ data: ChartData, context: ChartContext) -> ChartDrawing {
        let frame = CategoryFrame(
            data: data, context: context, values: data.allValues,
            legend: LineMarks.legend(data, chartID: context.id), padding: 0)
        var svg = MarkupWriter()
        svg.raw(frame.background)
        for series in data.series {
            svg.raw(area(series, frame: frame))
        }
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

    /// One closed shape per run of present values, so a missing month leaves a gap in the area too.
    private func area(_ series: ChartData.Series, frame: CategoryFrame) -> String {
        let base = SVGNumber.text(frame.baseline)
        let d = LineMarks.runs(series.values).filter { $0.count > 1 }.map { run -> String in
            let points = run.compactMap { index in
                series.values[index].map { (frame.band.center(at: index), frame.y($0)) }
            }
            guard let first = points.first, let last = points.last else { return "" }
            return "M\(SVGNumber.text(first.0)) \(base)" + "L" + LineMarks.path(points).dropFirst()
                + "L\(SVGNumber.text(last.0)) \(base)Z"
        }.joined()
        guard !d.isEmpty else { return "" }
        var svg = MarkupWriter()
        svg.leaf("path", [("class", "area \(series.style.className)"), ("d", d)])
        return svg.output
    }
}

import FolioHTML

/// Series stacked as areas over time: contact volumes per channel adding up to the month's total,
/// so the top edge reads as the total and each band as one channel's share of it.
///
/// Positive values stack upwards from zero, negative ones downwards (as stacked bars do). A missing
/// value leaves a gap in its own band and adds nothing to the bands above it; it is never drawn as
/// zero. Each band's top edge carries the series' line style and markers with their tooltips, so
/// colour is never the only cue.
struct StackedAreaChart: ChartKind {
    func draw(_ data: ChartData, context: ChartContext) -> ChartDrawing {
        let stack = Self.stack(data)
        let frame = CategoryFrame(
            data: data, context: context, values: Self.coverage(data),
            legend: LineMarks.legend(data, chartID: context.id), padding: 0)
        var svg = MarkupWriter()
        svg.raw(frame.background)
        for (index, series) in data.series.enumerated() {
            svg.raw(band(series, bounds: stack[index], frame: frame))
        }
        for (index, series) in data.series.enumerated() {
            let tops = stack[index].map { $0?.end }
            svg.raw(LineMarks.line(tops, style: series.style, x: frame.band.center(at:), y: frame.y))
            svg.raw(
                LineMarks.markers(tops, style: series.style, x: frame.band.center(at:), y: frame.y) {
                    data.tooltip(series: index, row: $0, formatter: context.formatter)
                })
        }
        svg.raw(frame.foreground)
        return frame.drawing(svg.output)
    }

    /// Per series and row where its band starts and ends; `nil` where the value is missing.
    static func stack(_ data: ChartData) -> [[(start: Double, end: Double)?]] {
        var up = data.categories.map { _ in 0.0 }, down = data.categories.map { _ in 0.0 }
        return data.series.map { series in
            series.values.enumerated().map { row, value -> (start: Double, end: Double)? in
                guard let value, row < up.count else { return nil }
                let start = value >= 0 ? up[row] : down[row]
                if value >= 0 { up[row] = start + value } else { down[row] = start + value }
                return (start, start + value)
            }
        }
    }

    /// What the value axis must cover: every row's positive and negative totals.
    static func coverage(_ data: ChartData) -> [Double] {
        data.categories.indices.flatMap { row in
            [
                data.series.reduce(0) { $0 + max(0, $1.values[row] ?? 0) },
                data.series.reduce(0) { $0 + min(0, $1.values[row] ?? 0) },
            ]
        }
    }

    /// One closed shape per run of present values: along the band's top, back along its bottom.
    private func band(
        _ series: ChartData.Series, bounds: [(start: Double, end: Double)?], frame: CategoryFrame
    ) -> String {
        let d = LineMarks.runs(bounds.map { $0?.end }).filter { $0.count > 1 }.map { run -> String in
            let top = run.compactMap { row in bounds[row].map { (frame.band.center(at: row), frame.y($0.end)) } }
            let bottom = run.reversed().compactMap { row in
                bounds[row].map { (frame.band.center(at: row), frame.y($0.start)) }
            }
            return LineMarks.path(top) + "L" + LineMarks.path(bottom).dropFirst() + "Z"
        }.joined()
        guard !d.isEmpty else { return "" }
        var svg = MarkupWriter()
        svg.leaf("path", [("class", "area stacked \(series.style.className)"), ("d", d)])
        return svg.output
    }
}

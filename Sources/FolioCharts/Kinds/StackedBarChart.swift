import FolioHTML

/// Series stacked in one bar per category: contacts by channel adding up to the month's total.
///
/// With `normalized` (stacked-bar-100) each bar shows shares of its total on a 0–100 % axis;
/// `ChartData` has already turned the values into shares, so tooltips, table and description say
/// the shares too.
/// Negative values stack downwards from zero, positive ones upwards; missing ones add nothing.
struct StackedBarChart: ChartKind {
    var normalized: Bool

    func draw(_ data: ChartData, context: ChartContext) -> ChartDrawing {
        let rows = data.categories.indices
        let totals = rows.map { row in data.series.reduce(0) { $0 + abs($1.values[row] ?? 0) } }
        func shown(_ value: Double, row: Int) -> Double {
            guard normalized else { return value }
            return totals[row] > 0 ? value / totals[row] : 0
        }
        let positive = rows.map { row in data.series.reduce(0) { $0 + max(0, shown($1.values[row] ?? 0, row: row)) } }
        let negative = rows.map { row in data.series.reduce(0) { $0 + min(0, shown($1.values[row] ?? 0, row: row)) } }
        let fixedTicks: (NiceTicks, [String])? =
            normalized
            ? {
                let ticks = NiceTicks(
                    covering: [0, 1], count: 4, includeZero: true,
                    minimum: negative.contains { $0 < 0 } ? -1 : 0, maximum: 1)
                return (ticks, ticks.values.map { context.formatter.percent($0, fractionDigits: 0) })
            }() : nil
        let frame = CategoryFrame(
            data: data, context: context, values: positive + negative,
            legend: BarMarks.legend(data, chartID: context.id), padding: 0.25, ticks: fixedTicks)
        var svg = MarkupWriter()
        svg.raw(BarMarks.definitions(for: data.series, chartID: context.id))
        svg.raw(frame.background)
        var up = rows.map { _ in 0.0 }, down = rows.map { _ in 0.0 }
        for (index, series) in data.series.enumerated() {
            for row in rows {
                guard let value = series.values[row] else { continue }
                let amount = shown(value, row: row)
                let start = amount >= 0 ? up[row] : down[row]
                let end = start + amount
                if amount >= 0 { up[row] = end } else { down[row] = end }
                let tooltip = data.tooltip(series: index, row: row, formatter: context.formatter)
                svg.raw(
                    BarMarks.bar(
                        x: frame.band.bandStart(at: row), y: min(frame.y(start), frame.y(end)),
                        width: frame.band.bandwidth,
                        height: abs(frame.y(end) - frame.y(start)), style: series.style, chartID: context.id,
                        tooltip: tooltip))
            }
        }
        svg.raw(frame.foreground)
        return frame.drawing(svg.output)
    }
}

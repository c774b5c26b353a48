import FolioHTML

/// A word-sized line without axes for tables and KPI rows; the last value is marked and every
/// point keeps its tooltip. It has no text, so its small viewBox needs no legibility arithmetic.
struct Sparkline: ChartKind {
    static let width = 240.0
    static let height = 60.0
    static let inset = 6.0

    func draw(_ data: ChartData, context: ChartContext) -> ChartDrawing {
        guard let series = data.series.first else {
            return ChartDrawing(body: "", width: Self.width, height: Self.height)
        }
        let ticks = context.valueTicks(covering: series.values.compactMap { $0 }, count: 2, withReferences: false)
        let band = BandScale(count: series.values.count, range: (Self.inset, Self.width - Self.inset), padding: 0)
        let scale = LinearScale(domain: (ticks.lower, ticks.upper), range: (Self.height - Self.inset, Self.inset))
        let y = { scale.clampedPosition(of: $0) }
        var svg = MarkupWriter()
        svg.raw(LineMarks.line(series.values, style: series.style, x: band.center(at:), y: y, width: 2))
        svg.open("g", [("class", "markers \(series.style.className)")])
        let last = series.values.lastIndex { $0 != nil }
        for (row, value) in series.values.enumerated() {
            guard let value else { continue }
            let lone =
                (row == 0 || series.values[row - 1] == nil)
                && (row == series.values.count - 1 || series.values[row + 1] == nil)
            let radius = row == last || lone ? 3.5 : 6
            svg.open(
                "circle",
                [
                    ("class", row == last || lone ? "marker \(series.style.className)" : "hit"),
                    ("cx", SVGNumber.text(band.center(at: row))), ("cy", SVGNumber.text(y(value))),
                    ("r", SVGNumber.text(radius)),
                ])
            svg.element("title", text: data.tooltip(series: 0, row: row, formatter: context.formatter))
            svg.close("circle")
        }
        svg.close("g")
        return ChartDrawing(body: svg.output, width: Self.width, height: Self.height)
    }
}

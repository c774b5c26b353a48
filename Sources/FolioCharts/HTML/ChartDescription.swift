/// The text alternative of a chart (`<desc>`): what a sighted reader takes from it at a glance,
/// per series the first and latest value and the lowest and highest, each with its period.
enum ChartDescription {
    static func text(_ data: ChartData, context: ChartContext) -> String {
        if let authored = context.spec.description { return authored }
        let strings = context.strings
        let format = { (value: Double) in data.text(value, formatter: context.formatter) }
        var sentences: [String] = []
        if context.spec.type == .scatter {
            let points = ScatterChart.points(data)
            let yLabel = data.series.first?.label ?? ""
            sentences.append("\(yLabel) \(strings.versus) \(data.xLabel), \(points.count) \(strings.points).")
            if context.spec.trend, let trend = TrendLine(points: points.map { ($0.x, $0.y) }) {
                sentences.append(ScatterChart.trendLabel(trend, context: context) + ".")
            }
        } else {
            for series in data.series {
                let present = series.values.indices.compactMap { row in series.values[row].map { (row, $0) } }
                guard let first = present.first, let last = present.last,
                    let low = present.min(by: { $0.1 < $1.1 }), let high = present.max(by: { $0.1 < $1.1 })
                else { continue }
                func part(_ word: String, _ point: (Int, Double)) -> String {
                    "\(word) \(format(point.1)) (\(data.periods[point.0]))"
                }
                sentences.append(
                    "\(series.label): "
                        + [
                            part(strings.first, first), part(strings.last, last),
                            part(strings.lowest, low), part(strings.highest, high),
                        ].joined(separator: ", ") + ".")
            }
        }
        sentences += context.referenceLines.map { $0.label + "." }
        return sentences.joined(separator: " ")
    }
}

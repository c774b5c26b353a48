import FolioData

/// The long description of a chart (`<desc>`, after the short `<title>`, as in the WAI pattern for
/// complex images): what a sighted reader takes from it at a glance, said in the page's language
/// from the string tables, with numbers formatted exactly as in the tooltips and the table.
///
/// What is said depends on what the chart shows:
/// - time series: per series the direction and size of the change over the period, the lowest and
///   highest points, and the latest value against the target with the period since when it has
///   been met or missed;
/// - categories: the top and the bottom with their values, and how many meet the target;
/// - shares (100 % stacked): the largest share in the latest period and how the mix moved;
/// - stacked areas: each series as a time series, then the mix as shares of each period's total;
/// - scatter: the relation in words (strong, moderate, weak; positive or negative) with r and n.
enum ChartDescription {
    static func text(_ data: ChartData, context: ChartContext) -> String {
        if let authored = context.spec.description { return authored }
        var sentences: [String]
        switch context.spec.type {
        case .scatter: sentences = scatter(data, context: context)
        case .stackedBar100: sentences = shares(data, context: context)
        case .stackedArea:
            // Volumes over time: each series' course, then the mix, as a 100 % chart says it.
            sentences = timeSeries(data, context: context) + shares(data.asShares, context: context)
        default:
            sentences =
                [.month, .date].contains(context.spec.x.type)
                ? timeSeries(data, context: context) : categories(data, context: context)
        }
        sentences += context.spec.references.indices.map { context.referenceLines[context.spec.targets.count + $0] }
            .map { $0.label + "." }
        if !context.spec.annotations.isEmpty {
            let events = context.spec.annotations.map { ChartFigure.annotationText($0, formatter: context.formatter) }
            sentences.append(
                ChartStrings.fill(context.strings.describeAnnotations, ["events": events.joined(separator: "; ")]))
        }
        return sentences.joined(separator: " ")
    }

    /// Rows where series `index` has a value, in order, with the value.
    private static func present(_ data: ChartData, series index: Int) -> [(row: Int, value: Double)] {
        data.series[index].values.indices.compactMap { row in data.series[index].values[row].map { (row, $0) } }
    }

    private static func timeSeries(_ data: ChartData, context: ChartContext) -> [String] {
        let strings = context.strings
        var sentences: [String] = []
        for index in data.series.indices {
            let points = present(data, series: index)
            guard let first = points.first, let last = points.last,
                let low = points.min(by: { $0.value < $1.value }), let high = points.max(by: { $0.value < $1.value })
            else { continue }
            let text = { (value: Double) in data.text(value, series: index, formatter: context.formatter) }
            let delta = last.value - first.value
            let shownDelta = text(abs(delta))
            let values = [
                "series": data.series[index].label, "first": text(first.value), "last": text(last.value),
                "firstPeriod": data.periods[first.row], "lastPeriod": data.periods[last.row],
                "change": ChangeAmount(formatter: context.formatter, strings: strings).text(
                    abs(delta), format: data.format, decimals: data.series[index].decimals, unit: nil),
            ]
            let flat = shownDelta == text(0) || points.count < 2
            let template = flat ? strings.describeFlat : delta > 0 ? strings.describeRise : strings.describeFall
            sentences.append(ChartStrings.fill(template, values))
            if points.count > 2 {
                sentences.append(
                    ChartStrings.fill(
                        strings.describeRange,
                        [
                            "low": text(low.value), "lowPeriod": data.periods[low.row],
                            "high": text(high.value), "highPeriod": data.periods[high.row],
                        ]))
            }
            if let target = context.spec.targets.first, index == 0 {
                let meets = { (value: Double) in context.spec.higherIsBetter ? value >= target : value <= target }
                let met = meets(last.value)
                let run = points.reversed().prefix { meets($0.value) == met }
                let since = run.last.map { data.periods[$0.row] } ?? data.periods[last.row]
                sentences.append(
                    ChartStrings.fill(
                        met ? strings.describeTargetMet : strings.describeTargetMissed,
                        ["target": context.spec.format.text(target, formatter: context.formatter), "since": since]))
            }
        }
        return sentences
    }

    private static func categories(_ data: ChartData, context: ChartContext) -> [String] {
        let strings = context.strings
        var sentences: [String] = []
        for index in data.series.indices {
            let points = present(data, series: index)
            // The first of equal values wins, so the sentence follows the chart's order.
            guard let top = points.max(by: { $0.value < $1.value }),
                let bottom = points.min(by: { $0.value < $1.value })
            else { continue }
            let text = { (value: Double) in data.text(value, series: index, formatter: context.formatter) }
            sentences.append(
                ChartStrings.fill(
                    strings.describeCategories,
                    [
                        "series": data.series[index].label, "top": data.periods[top.row], "topValue": text(top.value),
                        "bottom": data.periods[bottom.row], "bottomValue": text(bottom.value),
                    ]))
            if let target = context.spec.targets.first, index == 0 {
                let count = points.filter { context.spec.higherIsBetter ? $0.value >= target : $0.value <= target }
                    .count
                sentences.append(
                    ChartStrings.fill(
                        strings.describeTargetCount,
                        [
                            "target": context.spec.format.text(target, formatter: context.formatter),
                            "count": context.formatter.number(Double(count), fractionDigits: 0),
                            "total": context.formatter.number(Double(points.count), fractionDigits: 0),
                        ]))
            }
        }
        return sentences
    }

    private static func shares(_ data: ChartData, context: ChartContext) -> [String] {
        let strings = context.strings
        let rows = data.rows.indices.filter { row in data.series.contains { $0.values[row] != nil } }
        guard let firstRow = rows.first, let lastRow = rows.last else { return [] }
        var sentences: [String] = []
        let latest = data.series.indices.compactMap { index in data.series[index].values[lastRow].map { (index, $0) } }
        if let largest = latest.max(by: { $0.1 < $1.1 }) {
            sentences.append(
                ChartStrings.fill(
                    strings.describeLargestShare,
                    [
                        "series": data.series[largest.0].label, "period": data.periods[lastRow],
                        "value": data.text(largest.1, series: largest.0, formatter: context.formatter),
                    ]))
        }
        if firstRow != lastRow {
            let moves = data.series.indices.compactMap { index -> String? in
                guard let first = data.series[index].values[firstRow], let last = data.series[index].values[lastRow]
                else { return nil }
                return ChartStrings.fill(
                    strings.describeShareMove,
                    [
                        "series": data.series[index].label,
                        "first": data.text(first, series: index, formatter: context.formatter),
                        "last": data.text(last, series: index, formatter: context.formatter),
                    ])
            }
            sentences.append(
                ChartStrings.fill(
                    strings.describeShareMoves,
                    [
                        "firstPeriod": data.periods[firstRow], "lastPeriod": data.periods[lastRow],
                        "moves": moves.joined(separator: ", "),
                    ]))
        }
        return sentences
    }

    private static func scatter(_ data: ChartData, context: ChartContext) -> [String] {
        let strings = context.strings
        let points = ScatterChart.points(data)
        let names = [
            "x": data.xLabel, "y": data.series.first?.label ?? "",
            "n": context.formatter.number(Double(points.count), fractionDigits: 0),
        ]
        guard let trend = TrendLine(points: points.map { ($0.x, $0.y) }) else {
            return [ChartStrings.fill(strings.describeNoRelation, names)]
        }
        let strength = abs(trend.r)
        var values = names
        values["strength"] =
            strength >= 0.7 ? strings.relationStrong : strength >= 0.4 ? strings.relationModerate : strings.relationWeak
        values["direction"] = trend.r >= 0 ? strings.relationPositive : strings.relationNegative
        values["r"] = context.formatter.number(trend.r, fractionDigits: 2)
        return [ChartStrings.fill(strings.describeRelation, values)]
    }
}

import FolioCharts
import FolioData
import FolioHTML

/// Headline tiles: the latest value, its change against the previous period and the target.
///
/// Direction and target status are each said with a symbol and a word, never colour alone
/// (WCAG 1.4.1); colour classes (`kpi-good`, `kpi-bad`) only add emphasis.
struct KPITiles: Sendable {
    var spec: KPISpec
    var formatter: ValueFormatter
    var strings: ChartStrings

    func html(id: String) -> String {
        let rows = spec.query.rows(of: spec.table)
        var html = MarkupWriter()
        html.open("div", [("class", "kpi-tiles"), ("id", id)])
        if let title = spec.title { html.element("p", [("class", "kpi-title")], text: title) }
        html.open("ul")
        for tile in spec.tiles {
            html.raw(self.tile(tile, rows: rows))
        }
        html.close("ul")
        html.raw(CSVDownload.link(id: id, strings: strings))
        html.raw(
            Provenance.html(
                source: spec.source.label, table: spec.table, rows: rows, formatter: formatter,
                strings: strings))
        html.close("div")
        return html.output
    }

    private func tile(_ tile: KPISpec.Tile, rows: [Int]) -> String {
        let present = rows.compactMap { row in tile.column.values[row].number.map { (row: row, value: $0) } }
        var html = MarkupWriter()
        html.open("li", [("class", "kpi")])
        html.element("p", [("class", "kpi-label")], text: tile.label)
        guard let current = present.last else {
            html.element("p", [("class", "kpi-value")], text: "–")
            html.element("p", [("class", "kpi-empty")], text: strings.noData)
            html.close("li")
            return html.output
        }
        html.element(
            "p", [("class", "kpi-value")],
            text: tile.format.text(current.value, formatter: formatter, decimals: tile.decimals))
        html.element("p", [("class", "kpi-period")], text: "\(strings.period): \(period(current.row))")
        if present.count > 1 {
            let previous = present[present.count - 2]
            html.raw(change(from: previous, to: current, tile: tile))
        }
        if let target = tile.target {
            let met = tile.higherIsBetter ? current.value >= target : current.value <= target
            html.open("p", [("class", met ? "kpi-target kpi-met" : "kpi-target kpi-missed")])
            html.element("span", [("class", "kpi-mark"), ("aria-hidden", "true")], text: met ? "✓" : "✗")
            html.text(" \(strings.target) \(tile.format.text(target, formatter: formatter)): ")
            html.text(met ? strings.targetMet : strings.targetMissed)
            html.close("p")
        }
        html.close("li")
        return html.output
    }

    /// `▲ ökning med 1,5 procentenheter jämfört med föregående period (februari 2026: 83,5 %)`.
    private func change(
        from previous: (row: Int, value: Double), to current: (row: Int, value: Double),
        tile: KPISpec.Tile
    ) -> String {
        let delta = current.value - previous.value
        let size = abs(delta) < 1e-12 ? 0 : delta
        let arrow = size > 0 ? "▲" : size < 0 ? "▼" : "▶"
        let tone = size == 0 ? "kpi-neutral" : (size > 0) == tile.higherIsBetter ? "kpi-good" : "kpi-bad"
        var phrase = strings.unchanged
        if size != 0 {
            let amount = ChangeAmount(formatter: formatter, strings: strings).text(
                abs(size), format: tile.format, decimals: tile.decimals, unit: tile.unit)
            phrase = (size > 0 ? strings.increaseBy : strings.decreaseBy) + " " + amount
        }
        var html = MarkupWriter()
        html.open("p", [("class", "kpi-change \(tone)")])
        html.element("span", [("class", "kpi-arrow"), ("aria-hidden", "true")], text: arrow)
        html.text(
            " \(phrase) \(strings.comparedWithPrevious) (\(period(previous.row)): "
                + tile.format.text(previous.value, formatter: formatter, decimals: tile.decimals) + ")")
        html.close("p")
        return html.output
    }

    private func period(_ row: Int) -> String {
        formatter.format(spec.x.values[row], as: spec.x.type)
    }

    /// Every selected period of every tile's column as a CSV file: the period, then one column per
    /// tile under its label.
    func csv(id: String) -> CSVDownload {
        let fields =
            [CSVDownload.Field(header: strings.period, format: nil, decimals: 0)]
            + spec.tiles.map { CSVDownload.Field(header: $0.label, format: $0.format, decimals: $0.decimals) }
        let rows = spec.query.rows(of: spec.table).map { row in
            [spec.x.values[row]] + spec.tiles.map { $0.column.values[row] }
        }
        return CSVDownload.make(id: id, fields: fields, rows: rows, formatter: formatter)
    }
}

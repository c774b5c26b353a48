import FolioData

/// The line under every chart and table that says what the figure rests on: the data file and
/// the period its rows cover (`Källa: metrics/monthly.csv, nov. 2024 – okt. 2026`).
enum Provenance {
    static func html(table: DataTable, rows: [Int], formatter: ValueFormatter, strings: ChartStrings) -> String {
        let file =
            table.path.hasPrefix("content/data/") ? String(table.path.dropFirst("content/data/".count)) : table.path
        var text = "\(strings.source): \(file)"
        if let period = TableCatalog.periodColumn(of: table) {
            let cells = rows.map { period.values[$0] }.filter { !$0.isMissing }.sorted { order($0) < order($1) }
            if let first = cells.first, let last = cells.last {
                let from = formatter.format(first, as: period.type)
                let to = formatter.format(last, as: period.type)
                text += from == to ? ", \(from)" : ", \(from) – \(to)"
            }
        }
        var html = SVGWriter()
        html.element("p", [("class", "chart-source")], text: text)
        return html.output
    }

    private static func order(_ cell: Cell) -> Int {
        switch cell {
        case let .month(year, month): year * 10_000 + month * 100
        case let .day(year, month, day): year * 10_000 + month * 100 + day
        default: 0
        }
    }
}

import FolioData
import FolioHTML

/// The line under every chart and table that says what the figure rests on: the data file and
/// the period its rows cover (`Källa: metrics/monthly.csv, nov. 2024 – okt. 2026`).
public enum Provenance {
    /// - Parameter source: the data file as readers see it (`metrics/monthly.csv`), named by the caller.
    public static func html(
        source: String, table: DataTable, rows: [Int], formatter: ValueFormatter, strings: ChartStrings
    ) -> String {
        var text = "\(strings.source): \(source)"
        if let period = table.periodColumn {
            let cells = rows.map { period.values[$0] }.filter { !$0.isMissing }.sorted { order($0) < order($1) }
            if let first = cells.first, let last = cells.last {
                let from = formatter.format(first, as: period.type)
                let to = formatter.format(last, as: period.type)
                text += from == to ? ", \(from)" : ", \(from) – \(to)"
            }
        }
        var html = MarkupWriter()
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

import FolioCharts
import FolioData
import FolioYAML

/// Turns a long ("tidy") table into the wide one charts draw: `series: channel` on rows of
/// (month, channel, p90) gives one column per channel, so one line or bar series per channel.
///
/// Helpdesk exports and SQL results are long (one row per period and category); the chart kinds draw
/// one column per series. Pivoting here, before FolioCharts, makes `series:` work alike for data files
/// and queries. Series come in the order of their first row, or as `series_order:` lists them (values it
/// does not list follow, in first-row order); each x value appears once, in first-row order.
enum SeriesPivot {
    /// - Parameters:
    ///   - rows: the rows to pivot (after `filter:`), in table order.
    ///   - order: `series_order:`, series values to put first.
    /// - Throws: a diagnostic at `series` when a pair of x and series value has two rows (aggregate
    ///   them in SQL), or at `series_order` when it names a value the column does not hold.
    static func pivot(
        _ table: DataTable, x: Column, series: Column, y: Column, rows: [Int], order: [String]?, block: YAMLBlock
    ) throws -> DataTable {
        var names: [String] = []
        var seenNames: Set<String> = []
        var xCells: [Cell] = []
        var xIndex: [Cell: Int] = [:]
        var values: [String: [Int: Cell]] = [:]
        var lines: [Int] = []
        for row in rows {
            let name = text(series.values[row])
            if seenNames.insert(name).inserted { names.append(name) }
            let xCell = x.values[row]
            let index: Int
            if let known = xIndex[xCell] {
                index = known
            } else {
                index = xCells.count
                xIndex[xCell] = index
                xCells.append(xCell)
                lines.append(table.rowLines[row])
            }
            if values[name]?[index] != nil {
                throw block.error(
                    "series: two rows for \(x.name) \(text(xCell)) and \(series.name) \(name)",
                    at: block.location(ofValue: "series"),
                    hint: "a series needs one \(y.name) per \(x.name): aggregate them (GROUP BY \(x.name), "
                        + "\(series.name) in SQL) or filter the rows")
            }
            values[name, default: [:]][index] = y.values[row]
        }
        if let order {
            for name in order where !seenNames.contains(name) {
                throw block.error(
                    "series_order: '\(name)' is not a value of \(series.name)",
                    at: block.location(ofValue: "series_order"),
                    hint: "values: " + names.joined(separator: ", "))
            }
            names = order + names.filter { !order.contains($0) }
        }
        if let clash = names.first(where: { $0 == x.name }) {
            throw block.error(
                "series: the value '\(clash)' of \(series.name) is also the x column's name",
                at: block.location(ofValue: "series"), hint: "rename the x column in the data or the query")
        }
        var columns = [Column(name: x.name, type: x.type, values: xCells, index: x.index)]
        for name in names {
            let cells = (0..<xCells.count).map { values[name]?[$0] ?? .missing }
            columns.append(Column(name: name, type: y.type, values: cells, index: y.index))
        }
        var pivoted = DataTable(path: table.path, columns: columns, rowLines: lines)
        pivoted.language = table.language
        return pivoted
    }

    /// A series value as a column name: text as it is, a number or period as written in ISO form.
    static func text(_ cell: Cell) -> String {
        switch cell {
        case .missing: ""
        case let .text(text): text
        case let .number(number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : "\(number)"
        case let .month(year, month): "\(year)-\(twoDigits(month))"
        case let .day(year, month, day): "\(year)-\(twoDigits(month))-\(twoDigits(day))"
        }
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

import FolioCharts
import FolioData
import FolioYAML

/// Reads a chart block's `series:`: a long table (x, series, value) pivoted wide, one y column per series.
enum ChartSeriesReader {
    /// A long table pivoted wide by `series:`: one y column per series value, labelled by its metric.
    struct Pivot {
        var table: DataTable
        var yNames: [String]
        var labels: [String: String]
        var filters: [RowQuery.Filter]
    }

    /// The table pivoted by `series:`, or nil without it; the filter applies to the long rows (found in
    /// `file`'s indexes when the table is that file, whole).
    static func pivot(
        _ block: YAMLBlock, catalog: TableCatalog, type: ChartType, table: DataTable, file: DataFile?,
        yNames: [String]?
    ) throws -> Pivot? {
        guard let seriesName = try block.string("series") else {
            if block.entry("series_order") != nil {
                throw block.error(
                    "'series_order' needs `series:`", at: block.location(ofKey: "series_order"),
                    hint: "add `series: <column>` whose values make the series")
            }
            return nil
        }
        guard ChartSpecReader.seriesTypes.contains(type) else {
            throw block.error(
                "'series' applies to line, area, bar, grouped and stacked charts",
                at: block.location(ofKey: "series"), hint: "remove it, or use `type: line` or `grouped-bar`")
        }
        let series = try TableCatalog.column(seriesName, in: table, key: "series", block: block)
        guard let xName = try block.string("x") else {
            throw block.error(
                "missing required key 'x'", at: block.location,
                hint: "with `series:`, name the x column: `x: month`")
        }
        let x = try TableCatalog.column(xName, in: table, key: "x", block: block)
        guard let valueNames = yNames, valueNames.count == 1 else {
            throw block.error(
                "with `series:`, 'y' names the one column holding the values", at: block.location(ofValue: "y"),
                hint: "for example `y: p90` with `series: channel`")
        }
        let value = try TableCatalog.numericColumn(valueNames[0], in: table, key: "y", block: block)
        // The filter alone: `limit:` applies to the pivoted rows.
        let read = try RowQueryReader.query(from: block, table: table, file: file)
        let filters = read.filters
        var filter = RowQuery()
        filter.filters = filters
        filter.filtered = read.filtered
        let pivoted = try SeriesPivot.pivot(
            table, x: x, series: series, y: value, rows: filter.rows(of: table),
            order: try block.strings("series_order"), block: block)
        let names = Array(pivoted.columnNames.dropFirst())
        var labels: [String: String] = [:]
        for name in names { if let metric = catalog.metrics[name] { labels[name] = metric.name } }
        return Pivot(table: pivoted, yNames: names, labels: labels, filters: filters)
    }
}

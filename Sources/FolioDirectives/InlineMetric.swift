import FolioCharts
import FolioData
import FolioDiagnostics
import FolioYAML

/// A registered metric's value in running text: `{{metric csat latest}}` -> `87,4 %`.
///
/// It formats with the same `ValueFormat.text` as the KPI tiles, so prose and tiles can never
/// disagree on a number.
struct InlineMetric: Sendable {
    static let selectors = ["latest", "previous", "change", "target", "period"]

    var catalog: TableCatalog
    var formatter: ValueFormatter
    var strings: ChartStrings

    func text(metric id: String, selector: String, location: SourceLocation) throws -> String {
        guard let metric = catalog.metrics[id] else {
            let near = EditDistance.nearest(to: id, in: catalog.metrics.keys.sorted(), limit: 1)
            throw Diagnostic(
                location, "unknown metric '\(id)'",
                hint: (near.first.map { "did you mean '\($0)'? " } ?? "")
                    + "registered metrics: \(catalog.metrics.keys.sorted().joined(separator: ", "))")
        }
        guard let table = try catalog.tables[metric.data]?.table(), let column = table.column(named: metric.column)
        else {
            throw Diagnostic(
                location, "metric '\(id)' reads \(metric.data) column '\(metric.column)', which is not loaded",
                hint: "check the metric's source in content/metrics.yml")
        }
        let format =
            metric.format.flatMap(ValueFormat.init(rawValue:)) ?? ValueFormat(columnType: column.type) ?? .number
        let period = table.periodColumn
        let decimals = format.decimals(of: column)
        let present = (0..<table.rowCount).compactMap { row in column.values[row].number.map { (row: row, value: $0) } }
        func require<T>(_ value: T?, _ what: String) throws -> T {
            guard let value else {
                throw Diagnostic(
                    location, "metric '\(id)' has no \(what) value", hint: "check its data in \(table.path)")
            }
            return value
        }
        switch selector {
        case "latest":
            return format.text(try require(present.last, "latest").value, formatter: formatter, decimals: decimals)
        case "previous":
            return format.text(
                try require(present.dropLast().last, "previous").value, formatter: formatter, decimals: decimals)
        case "change":
            let current = try require(present.last, "latest")
            let previous = try require(present.dropLast().last, "previous")
            let delta = current.value - previous.value
            let sign = delta > 1e-12 ? "+" : delta < -1e-12 ? "\u{2212}" : "±"
            return sign
                + ChangeAmount(formatter: formatter, strings: strings).text(
                    abs(delta), format: format, decimals: decimals, unit: nil)
        case "target":
            return format.text(try require(metric.target, "target"), formatter: formatter)
        case "period":
            let row = try require(present.last, "latest").row
            guard let period else {
                throw Diagnostic(location, "metric '\(id)' has no month or date column in \(table.path)")
            }
            return formatter.format(period.values[row], as: period.type)
        default:
            throw Diagnostic(
                location, "unknown selector '\(selector)' for metric '\(id)'",
                hint: "use one of: \(Self.selectors.joined(separator: ", "))")
        }
    }
}

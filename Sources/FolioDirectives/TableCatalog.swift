import FolioCharts
import FolioData
import FolioDiagnostics
import FolioYAML

/// The site's data files by path relative to `content/data`, with the checks every directive needs:
/// the file exists, the columns exist, the columns hold the right kind of value.
struct TableCatalog: Sendable {
    let tables: [String: DataTable]
    /// Registered metrics by id, in the page's language.
    var metrics: [String: MetricInfo] = [:]

    /// The table the block's `data:` key names, or a diagnostic listing the nearest file names.
    /// Without `data:`, the file of the registered metrics the block names (`y: [csat, nps]`).
    func table(for block: YAMLBlock, naming names: [String] = []) throws -> DataTable {
        if try block.string("data") == nil, let first = names.first.flatMap({ metrics[$0] }),
            names.allSatisfy({ metrics[$0]?.data == first.data }), let table = tables[first.data]
        {
            return table
        }
        let path = try block.required(
            "data", hint: "add `data: metrics/monthly.csv` (a path under content/data), or name registered metrics")
        let normalized = Self.dataKey(path)
        if let table = tables[normalized] { return table }
        let names = tables.keys.sorted()
        let near = EditDistance.nearest(to: normalized, in: names)
        let hint: String
        if !near.isEmpty {
            hint = "did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?"
        } else if names.isEmpty {
            hint = "there are no data files in content/data"
        } else {
            hint = "data files: " + names.prefix(12).joined(separator: ", ") + (names.count > 12 ? ", …" : "")
        }
        throw block.error(
            "data file 'content/data/\(normalized)' does not exist", at: block.location(ofValue: "data"),
            hint: hint)
    }

    /// The key of `table` in `tables` (its path relative to `content/data`).
    func key(of table: DataTable) -> String { Self.dataKey(table.path) }

    /// A data path as a key of `tables`: relative to `content/data`, whether or not the author wrote
    /// the folder (`data: content/data/teams.csv` and `data: teams.csv` name one file). The one place
    /// data paths are normalised.
    static func dataKey(_ path: String) -> String {
        path.hasPrefix("content/data/") ? String(path.dropFirst("content/data/".count)) : path
    }

    /// The registered metric `name` stands for in `table`, if it is one and lives there.
    func metric(_ name: String, in table: DataTable) -> MetricInfo? {
        guard let metric = metrics[name], table.path.hasSuffix("/" + metric.data) || table.path == metric.data else {
            return nil
        }
        return metric
    }

    /// The column a name in a spec means: a registered metric's source column, else the name itself.
    func columnName(_ name: String, in table: DataTable) -> String {
        metric(name, in: table)?.column ?? name
    }

    /// The named column, or a diagnostic at `key` listing the file's columns.
    static func column(_ name: String, in table: DataTable, key: String, block: YAMLBlock) throws -> Column {
        if let column = table.column(named: name) { return column }
        var hint = "use one of its columns"
        if let near = EditDistance.nearest(to: name, in: table.columnNames, limit: 1).first {
            hint = "did you mean '\(near)'?"
        }
        throw block.error(
            "\(key): column '\(name)' not in \(table.path) (has: \(table.columnNames.joined(separator: ", ")))",
            at: block.location(ofValue: key), hint: hint)
    }

    /// The named column, which must hold numbers, percents or durations (what a value axis can show).
    static func numericColumn(_ name: String, in table: DataTable, key: String, block: YAMLBlock) throws -> Column {
        let column = try column(name, in: table, key: key, block: block)
        guard ValueFormat(columnType: column.type) != nil else {
            let numeric = table.columns.filter { ValueFormat(columnType: $0.type) != nil }.map(\.name)
            throw block.error(
                "\(key): column '\(name)' in \(table.path) holds \(column.type.rawValue) values, not numbers",
                at: block.location(ofValue: key),
                hint: numeric.isEmpty
                    ? "this file has no numeric columns"
                    : "use a number, percent or duration column: " + numeric.joined(separator: ", "))
        }
        return column
    }
}

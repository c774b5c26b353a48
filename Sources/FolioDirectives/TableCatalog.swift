import FolioCharts
import FolioData
import FolioDiagnostics
import FolioQuery
import FolioYAML
import Foundation

/// The site's data files by path relative to `content/data`, with the checks every directive needs:
/// the file exists, the columns exist, the columns hold the right kind of value.
struct TableCatalog: Sendable {
    /// Data files and named queries' results; a streamed file becomes a table when a block first reads it.
    let tables: [String: DataFile]
    /// Registered metrics by id, in the page's language.
    var metrics: [String: MetricInfo] = [:]

    /// Named queries' results by name (`content/queries/<name>.sql`), with the data files each read.
    var queries: [String: QueryResult] = [:]
    /// Runs the SQL of specs (`sql:`); nil where queries are not available (no SQL is run then).
    var runner: QueryRunner?
    /// The block's YAML as written, to place errors inside SQL written as a `|` block scalar.
    var blockText: String?
    /// The row of the generated page the block is on (`:team` in SQL and in `filter:` values);
    /// nil on other pages.
    var parameters: [String: Cell]?

    /// The key of a named query in `tables` and in what a block reads: `query:<name>`, as authors write
    /// it after `data:`.
    static let queryPrefix = "query:"

    /// The rows the block reads: its `data:` file or `query:<name>`, its `sql:`, or without either the
    /// source of the registered metrics it names (`y: [csat, nps]`). Unknown names get a diagnostic
    /// listing the nearest files or queries.
    func source(for block: YAMLBlock, naming names: [String] = []) throws -> TableSource {
        try slice(unslicedSource(for: block, naming: names), block: block)
    }

    /// The rows before the row's slice (see `slice(_:block:)`).
    private func unslicedSource(for block: YAMLBlock, naming names: [String]) throws -> TableSource {
        if block.entry("sql") != nil {
            if block.entry("data") != nil {
                throw block.error(
                    "a block reads either `data:` or `sql:`, not both", at: block.location(ofKey: "sql"),
                    hint: "remove one of them")
            }
            return try inlineSource(block)
        }
        if try block.string("data") == nil, let first = names.first.flatMap({ metrics[$0] }),
            names.allSatisfy({ metrics[$0]?.data == first.data }), tables[first.data] != nil
        {
            return try source(forKey: first.data, block: block)
        }
        let path = try block.required(
            "data",
            hint: "add `data: metrics/monthly.csv` (a path under content/data), `data: query:<name>` (a query in "
                + "content/queries), or name registered metrics")
        return try source(forKey: Self.dataKey(path), block: block)
    }

    /// The table the block reads (see `source(for:naming:)`).
    func table(for block: YAMLBlock, naming names: [String] = []) throws -> DataTable {
        try source(for: block, naming: names).table
    }

    private func source(forKey key: String, block: YAMLBlock) throws -> TableSource {
        if key.hasPrefix(Self.queryPrefix) {
            let name = String(key.dropFirst(Self.queryPrefix.count))
            guard let result = queries[name] else {
                let names = queries.keys.sorted()
                let near = EditDistance.nearest(to: name, in: names)
                throw block.error(
                    "no query '\(name)' (content/queries/\(name).sql does not exist)",
                    at: block.location(ofValue: "data"),
                    hint: !near.isEmpty
                        ? "did you mean " + near.map { "'query:\($0)'" }.joined(separator: " or ") + "?"
                        : names.isEmpty
                            ? "there are no queries: write one in content/queries/\(name).sql"
                            : "queries: " + names.joined(separator: ", "))
            }
            return try querySource(result, key: key, what: "query '\(name)'", block: block, at: "data")
        }
        if let file = tables[key] {
            return TableSource(table: try file.table(), label: key, reads: [key], file: file)
        }
        let names = tables.keys.filter { !$0.hasPrefix(Self.queryPrefix) }.sorted()
        let near = EditDistance.nearest(to: key, in: names)
        let hint: String
        if !near.isEmpty {
            hint = "did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?"
        } else if names.isEmpty {
            hint = "there are no data files in content/data"
        } else {
            hint = "data files: " + names.prefix(12).joined(separator: ", ") + (names.count > 12 ? ", …" : "")
        }
        throw block.error(
            "data file 'content/data/\(key)' does not exist", at: block.location(ofValue: "data"), hint: hint)
    }

    /// A query's result as a block's rows: it must return at least one row.
    private func querySource(_ result: QueryResult, key: String?, what: String, block: YAMLBlock, at entry: String)
        throws -> TableSource
    {
        guard result.table.rowCount > 0 else {
            throw block.error(
                "\(what) returns no rows", at: block.location(ofValue: entry),
                hint: "it returns the columns \(result.table.columnSummary)"
                    + (result.sources.isEmpty ? "" : " from \(result.sources.joined(separator: ", "))")
                    + "; check its WHERE clause against the data")
        }
        let label = result.sources.isEmpty ? (key ?? "SQL") : result.sources.joined(separator: ", ")
        return TableSource(table: result.table, label: label, reads: Set(result.sources + (key.map { [$0] } ?? [])))
    }

    /// The result of the block's `sql:`, run once per build; errors point into the Markdown file.
    private func inlineSource(_ block: YAMLBlock) throws -> TableSource {
        guard let entry = block.entry("sql"), let sql = entry.value.string,
            !sql.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        else {
            throw block.error(
                "'sql' must be a query", at: block.location(ofValue: "sql"),
                hint: "write `sql: |` and the SELECT on the lines below it, indented")
        }
        guard let runner else {
            throw block.error("SQL cannot run here", at: block.location(ofValue: "sql"))
        }
        let placement = InlineSQLPlacement(entry: entry, block: block, text: blockText)
        let result: QueryResult
        do {
            result = try runner.run(sql: sql, start: placement.start, parameters: parameters)
        } catch let diagnostic as Diagnostic {
            throw placement.relocated(diagnostic)
        }
        return try querySource(result, key: nil, what: "the query in `sql:`", block: block, at: "sql")
    }

    /// The key of `table` in `tables` (its path relative to `content/data`).
    func key(of table: DataTable) -> String { Self.dataKey(table.path) }

    /// A data path as a key of `tables`: relative to `content/data`, whether or not the author wrote
    /// the folder (`data: content/data/teams.csv` and `data: teams.csv` name one file). The one place
    /// data paths are normalised.
    /// A named query's result (whose path is its `.sql` file) has the key `query:<name>`.
    static func dataKey(_ path: String) -> String {
        if path.hasPrefix("content/queries/"), path.hasSuffix(".sql") {
            return queryPrefix + String(path.dropFirst("content/queries/".count).dropLast(".sql".count))
        }
        return path.hasPrefix("content/data/") ? String(path.dropFirst("content/data/".count)) : path
    }

    /// The registered metric `name` stands for in `table`, if it is one and lives there.
    func metric(_ name: String, in table: DataTable) -> MetricInfo? {
        guard let metric = metrics[name], key(of: table) == metric.data || table.path.hasSuffix("/" + metric.data)
        else {
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
        let message =
            table.path.hasSuffix(".csv") || table.path.hasSuffix(".json")
            ? "\(key): column '\(name)' not in \(table.path) (has: \(table.columnNames.joined(separator: ", ")))"
            : "\(key): the query returns no column '\(name)' (it returns: \(table.columnSummary))"
        throw block.error(message, at: block.location(ofValue: key), hint: hint)
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

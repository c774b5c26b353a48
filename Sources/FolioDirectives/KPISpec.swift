import FolioCharts
import FolioData
import FolioYAML

/// A validated ```kpi block: headline figures for the latest period, one tile per column.
struct KPISpec: Sendable {
    static let keys = ["data", "sql", "x", "tiles", "title", "filter"]
    static let tileKeys = ["column", "metric", "label", "format", "target", "better", "decimals", "unit"]

    /// One figure: which column, how to read it, what it should reach.
    struct Tile: Sendable {
        var column: Column
        var label: String
        var format: ValueFormat
        var target: Double?
        /// Whether a rise is good news (CSAT) or bad (handle time, backlog).
        var higherIsBetter: Bool
        /// Decimals of the value, its previous value and its change (`decimals:` or the column's).
        var decimals: Int
        /// A plain number's unit in its change (`unit: poäng`, `unit: [punct, puncte]`).
        var unit: ChangeAmount.Unit?
    }

    var table: DataTable
    /// Where the rows come from (the provenance line, what the block reads).
    var source: TableSource
    var x: Column
    var title: String?
    var tiles: [Tile]
    var query: RowQuery

    init(block: YAMLBlock, catalog: TableCatalog) throws {
        try block.checkKeys(Self.keys)
        let metricNames = try (block.mappings("tiles") ?? []).compactMap { try $0.string("metric") }
        let source = try catalog.source(for: block, naming: metricNames)
        let table = source.table
        self.source = source
        self.table = table
        if try block.string("x") == nil, !metricNames.isEmpty, let period = table.periodColumn {
            x = period
        } else {
            let xName = try block.required("x", hint: "add `x: <period column>`, e.g. `x: month`")
            x = try TableCatalog.column(xName, in: table, key: "x", block: block)
        }
        title = try block.string("title")
        query = try RowQueryReader.query(from: block, table: table, file: source.file)
        query.sortColumn = x.name
        guard let items = try block.mappings("tiles"), !items.isEmpty else {
            throw block.error(
                "missing required key 'tiles'", at: block.location,
                hint: "add `tiles:` with items like `- {column: csat, label: CSAT, target: 85%}`")
        }
        tiles = try items.map { try Self.tile(from: $0, table: table, catalog: catalog) }
    }

    /// One tile item: its column (named, or a metric's), format, target, direction, decimals and unit.
    private static func tile(from item: YAMLBlock, table: DataTable, catalog: TableCatalog) throws -> Tile {
        try item.checkKeys(Self.tileKeys)
        let metric = try item.string("metric").map { id -> MetricInfo in
            guard let metric = catalog.metric(id, in: table) else {
                throw item.error(
                    "unknown metric '\(id)' for \(table.path)", at: item.location(ofValue: "metric"),
                    hint: "registered metrics: " + catalog.metrics.keys.sorted().joined(separator: ", "))
            }
            return metric
        }
        let name =
            try metric?.column
            ?? item.required("column", hint: "add `column: <column>` or `metric: <id>` to the tile")
        let key = metric == nil ? "column" : "metric"
        let column = try TableCatalog.numericColumn(name, in: table, key: key, block: item)
        let format =
            try tileFormat(item)
            ?? metric?.format.flatMap(ValueFormat.init(rawValue:)) ?? ValueFormat(columnType: column.type) ?? .number
        let higher = try tileHigherIsBetter(item) ?? metric?.higherIsBetter ?? true
        let unit = try tileUnit(item)
        return Tile(
            column: column, label: try item.string("label") ?? metric?.name ?? column.name, format: format,
            target: try item.number("target") ?? metric?.target, higherIsBetter: higher,
            decimals: try DecimalsReader.decimals(in: item) ?? format.decimals(of: column), unit: unit)
    }

    /// The tile's `format:`, if it names one.
    private static func tileFormat(_ item: YAMLBlock) throws -> ValueFormat? {
        guard let formatName = try item.string("format") else { return nil }
        guard let chosen = ValueFormat(rawValue: formatName) else {
            throw item.error(
                "unknown format '\(formatName)'", at: item.location(ofValue: "format"),
                hint: "formats: " + ValueFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return chosen
    }

    /// The tile's `better: higher|lower`, if it says.
    private static func tileHigherIsBetter(_ item: YAMLBlock) throws -> Bool? {
        guard let better = try item.string("better") else { return nil }
        guard better == "higher" || better == "lower" else {
            throw item.error(
                "'better' must be higher or lower, not '\(better)'",
                at: item.location(ofValue: "better"))
        }
        return better == "higher"
    }

    /// The tile's `unit:`, one word or `[singular, plural]`.
    private static func tileUnit(_ item: YAMLBlock) throws -> ChangeAmount.Unit? {
        guard let forms = try item.strings("unit") else { return nil }
        guard let one = forms.first, forms.count <= 2, !one.isEmpty else {
            throw item.error(
                "'unit' must be one word or [singular, plural]", at: item.location(ofValue: "unit"),
                hint: "write `unit: poäng` or `unit: [punct, puncte]`")
        }
        return ChangeAmount.Unit(one: one, other: forms.last ?? one)
    }
}

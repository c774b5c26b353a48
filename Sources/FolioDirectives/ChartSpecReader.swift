import FolioCharts
import FolioData
import FolioDiagnostics
import FolioYAML

/// Reads a ```chart block into a `ChartSpec`: every column exists and has a type the chart can draw.
///
/// Parsing checks everything up front, so drawing never fails and errors point at the YAML key.
enum ChartSpecReader {
    static let keys = [
        "type", "data", "x", "y", "title", "caption", "description", "labels", "x_title", "y_title", "format",
        "min", "max", "zero", "target", "reference", "sort", "filter", "limit", "trend", "label",
        "decimals", "sql", "series", "series_order", "facet", "facet_order", "annotations", "events",
    ]

    /// Chart kinds that draw several series, so `series:` may make them from a long table.
    static let seriesTypes: [ChartType] = [
        .line, .area, .bar, .groupedBar, .stackedBar, .stackedBar100, .stackedArea,
    ]

    static func spec(from block: YAMLBlock, catalog: TableCatalog) throws -> ChartSpec {
        try read(block, catalog: catalog).spec
    }

    /// The spec and where its rows come from (what the block reads).
    static func read(_ block: YAMLBlock, catalog: TableCatalog) throws -> (spec: ChartSpec, source: TableSource) {
        try block.checkKeys(Self.keys)
        let typeName = try block.required("type", hint: "add `type: line` (one of \(Self.typeList))")
        guard let parsedType = ChartType(rawValue: typeName) else {
            let near = EditDistance.nearest(to: typeName, in: ChartType.allCases.map(\.rawValue), limit: 1)
            throw block.error(
                "unknown chart type '\(typeName)'", at: block.location(ofValue: "type"),
                hint: (near.first.map { "did you mean '\($0)'? " } ?? "") + "types: \(Self.typeList)")
        }
        let source = try catalog.source(for: block, naming: try block.strings("y") ?? [])
        if let facetName = try block.string("facet") {
            let spec = try faceted(block, catalog: catalog, type: parsedType, source: source, facet: facetName)
            return (spec, source)
        } else if block.entry("facet_order") != nil {
            throw block.error(
                "'facet_order' needs `facet:`", at: block.location(ofKey: "facet_order"),
                hint: "add `facet: <column>` whose values make the panels")
        }
        let spec = try build(
            block, catalog: catalog, type: parsedType, table: source.table, file: source.file, label: source.label)
        return (spec, source)
    }

    /// Small multiples: the rows split by the facet column's values, one spec per panel read from the
    /// same block, their x values aligned; the parent spec keeps the whole table for provenance.
    /// `labels:` names facet values as it names columns (`{phone: Telefon}`), for the panel titles.
    private static func faceted(
        _ block: YAMLBlock, catalog: TableCatalog, type: ChartType, source: TableSource, facet: String
    ) throws -> ChartSpec {
        let table = source.table
        let label = source.label
        guard ChartFacets.types.contains(type) else {
            throw block.error(
                "'facet' draws small multiples of "
                    + ChartFacets.types.map(\.rawValue).joined(separator: ", ") + " charts, not \(type.rawValue)",
                at: block.location(ofKey: "facet"), hint: "remove `facet:`, or use `type: line` or `bar`")
        }
        for key in ["sort", "limit"] where block.entry(key) != nil {
            throw block.error(
                "'\(key)' does not apply with `facet:`: the panels share one x axis",
                at: block.location(ofKey: key), hint: "remove `\(key):`; use `filter:` to choose rows")
        }
        let column = try TableCatalog.column(facet, in: table, key: "facet", block: block)
        let filtered = try RowQueryReader.query(from: block, table: table, file: source.file)
        let groups = try FacetSplit.groups(
            table, facet: column, rows: filtered.rows(of: table), order: try block.strings("facet_order"),
            block: block)
        let labels = try block.mapping("labels").map { try $0.stringPairs() } ?? []
        let values = Set(groups.map(\.value)).union([column.name])
        let panels = try groups.map { group in
            ChartFacets.Panel(
                title: labels.first { $0.key == group.value }?.value ?? group.value,
                spec: try build(
                    block, catalog: catalog, type: type, table: FacetSplit.subset(table, rows: group.rows),
                    label: label, facetValues: values))
        }
        guard let first = panels.first else {
            // No rows left: one empty chart, which says there are no data.
            return try build(block, catalog: catalog, type: type, table: table, file: source.file, label: label)
        }
        var spec = first.spec
        spec.table = table
        spec.query = filtered
        spec.facets = ChartFacets(
            label: labels.first { $0.key == column.name }?.value ?? catalog.metrics[column.name]?.name ?? column.name,
            panels: try FacetSplit.aligned(panels, facetName: column.name, block: block))
        return spec
    }

    /// The spec of one chart over `table` (a whole table, or one panel's rows); `file` is the data
    /// file the table is, whole, whose indexes find the filter's rows (nil for a panel's rows).
    private static func build(
        _ block: YAMLBlock, catalog: TableCatalog, type parsedType: ChartType, table sourceTable: DataTable,
        file: DataFile? = nil, label: String, facetValues: Set<String> = []
    ) throws -> ChartSpec {
        var type = parsedType
        var table = sourceTable
        var yNames = try block.strings("y")
        var seriesLabels: [String: String] = [:]
        var pivotFilters: [RowQuery.Filter]?
        if let pivot = try ChartSeriesReader.pivot(
            block, catalog: catalog, type: type, table: table, file: file, yNames: yNames)
        {
            table = pivot.table
            yNames = pivot.yNames
            seriesLabels = pivot.labels
            pivotFilters = pivot.filters
            if type == .bar { type = .groupedBar }
        }
        let yMetrics = (yNames ?? []).compactMap { catalog.metric($0, in: table) }
        let x = try xColumn(block, type: type, table: table, yMetrics: yMetrics)
        let y = try yColumns(block, catalog: catalog, type: type, table: table, yNames: yNames)
        let title = try block.string("title")
        if title == nil, type != .sparkline {
            throw block.error(
                "missing required key 'title'", at: block.location,
                hint: "add `title: …`; it names the chart for every reader, including screen readers")
        }
        let caption = try block.string("caption")
        let description = try block.string("description")
        let xTitle = try block.string("x_title")
        let yTitle = try block.string("y_title")
        var labels = seriesLabels
        for metric in yMetrics { labels[metric.column] = metric.name }
        try addLabels(from: block, to: &labels, table: table, facetValues: facetValues)
        let format = try valueFormat(block, y: y, yMetrics: yMetrics)
        let minimum = try block.number("min")
        let maximum = try block.number("max")
        if let minimum, let maximum, minimum >= maximum {
            throw block.error("min (\(minimum)) must be below max (\(maximum))", at: block.location(ofValue: "max"))
        }
        let includesZero = try block.bool("zero") ?? type.includesZeroByDefault
        var targets = try block.number("target").map { [$0] } ?? []
        if targets.isEmpty, y.count == 1, let target = yMetrics.first?.target { targets = [target] }
        let references = try referenceLines(block)
        let query = try rowQuery(block, table: table, file: file, pivoted: pivotFilters != nil, x: x, y: y)
        let trend = try block.bool("trend") ?? false
        if trend, type != .scatter {
            throw block.error(
                "'trend' applies to scatter charts only", at: block.location(ofKey: "trend"),
                hint: "remove it or use `type: scatter`")
        }
        let pointLabel = try block.string("label").map {
            try TableCatalog.column($0, in: table, key: "label", block: block)
        }
        let decimals = try DecimalsReader.decimals(in: block)
        var spec = ChartSpec(
            type: type, table: table, source: label, x: x, y: y, title: title, caption: caption,
            description: description, labels: labels, xTitle: xTitle, yTitle: yTitle, format: format,
            minimum: minimum, maximum: maximum, includesZero: includesZero, targets: targets, references: references,
            query: query, trend: trend, pointLabel: pointLabel, decimals: decimals,
            higherIsBetter: yMetrics.first?.higherIsBetter ?? true)
        if let file, pivotFilters == nil, decimals == nil {
            spec.columnDecimals = try columnDecimals(x: x, y: y, format: format, table: table, file: file)
        }
        return spec
    }

    /// The decimals of the chart's columns as the data file counted them once for every page
    /// (`ChartSpec.columnDecimals`): x by its type, y by the chart's format, as `ChartData` counts them.
    private static func columnDecimals(x: Column, y: [Column], format: ValueFormat, table: DataTable, file: DataFile)
        throws -> (x: Int, y: [Int])?
    {
        // The file counts by name: a column that is not the first of its name is counted from the spec.
        guard ([x] + y).allSatisfy({ table.column(named: $0.name)?.index == $0.index }) else { return nil }
        func count(_ column: Column, scale: Double?) throws -> Int {
            guard let scale else { return 0 }
            return try file.decimals(ofColumn: column.name, scale: scale)
        }
        let xScale: Double? = x.type == .number ? 1 : x.type == .percent ? 100 : nil
        let yScale: Double? = format == .number ? 1 : format == .percent ? 100 : nil
        return (try count(x, scale: xScale), try y.map { try count($0, scale: yScale) })
    }

    /// The x column: named by `x:`, else the period column of a metric table, else a sparkline's first column.
    private static func xColumn(
        _ block: YAMLBlock, type: ChartType, table: DataTable, yMetrics: [MetricInfo]
    ) throws -> Column {
        var x: Column
        if let xName = try block.string("x") {
            x = try TableCatalog.column(xName, in: table, key: "x", block: block)
        } else if !yMetrics.isEmpty, let period = table.periodColumn {
            x = period
        } else if type == .sparkline, let first = table.columns.first {
            x = first
        } else {
            throw block.error(
                "missing required key 'x'", at: block.location,
                hint: "add `x: <column>`; \(table.path) has: \(table.columnNames.joined(separator: ", "))")
        }
        if type == .scatter {
            x = try TableCatalog.numericColumn(x.name, in: table, key: "x", block: block)
        }
        return x
    }

    /// The numeric y columns, as many as the chart type draws.
    private static func yColumns(
        _ block: YAMLBlock, catalog: TableCatalog, type: ChartType, table: DataTable, yNames: [String]?
    ) throws -> [Column] {
        guard let yNames, !yNames.isEmpty else {
            let numeric = table.columns.filter { ValueFormat(columnType: $0.type) != nil }.map(\.name)
            throw block.error(
                "missing required key 'y'", at: block.location,
                hint: "add `y: <column>` or `y: [a, b]`; numeric columns: \(numeric.joined(separator: ", "))")
        }
        let y = try yNames.map {
            try TableCatalog.numericColumn(catalog.columnName($0, in: table), in: table, key: "y", block: block)
        }
        if [.bar, .hbar, .sparkline, .scatter].contains(type), y.count > 1 {
            throw block.error(
                "a \(type.rawValue) chart draws one series; 'y' lists \(y.count)",
                at: block.location(ofValue: "y"), hint: "use `type: grouped-bar` or `line`, or one y column")
        }
        return y
    }

    /// Adds `labels:` (column → label) to `labels`; facet values are labels for panel titles, not columns.
    private static func addLabels(
        from block: YAMLBlock, to labels: inout [String: String], table: DataTable, facetValues: Set<String>
    ) throws {
        guard let labelBlock = try block.mapping("labels") else { return }
        for pair in try labelBlock.stringPairs() where !facetValues.contains(pair.key) {
            _ = try TableCatalog.column(pair.key, in: table, key: "labels", block: block)
            labels[pair.key] = pair.value
        }
    }

    /// The value format: `format:`, else the y metrics' shared format, else the y columns' one type.
    private static func valueFormat(_ block: YAMLBlock, y: [Column], yMetrics: [MetricInfo]) throws -> ValueFormat {
        if let formatName = try block.string("format") {
            guard let chosen = ValueFormat(rawValue: formatName) else {
                throw block.error(
                    "unknown format '\(formatName)'", at: block.location(ofValue: "format"),
                    hint: "formats: " + ValueFormat.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return chosen
        } else if !yMetrics.isEmpty, yMetrics.count == y.count, let name = yMetrics[0].format,
            let named = ValueFormat(rawValue: name), yMetrics.allSatisfy({ $0.format == name })
        {
            return named
        }
        let formats = y.compactMap { ValueFormat(columnType: $0.type) }
        if let mixed = formats.first(where: { $0 != formats.first }) {
            throw block.error(
                "y columns mix \(formats[0].rawValue) and \(mixed.rawValue) values on one axis",
                at: block.location(ofValue: "y"),
                hint: "draw them in separate charts, or set `format:` if they share a unit")
        }
        return formats.first ?? .number
    }

    /// The `reference:` lines, each `{value:, label:}`.
    private static func referenceLines(_ block: YAMLBlock) throws -> [ReferenceLine] {
        try (block.mappings("reference") ?? []).map { item in
            try item.checkKeys(["value", "label"])
            guard let value = try item.number("value") else {
                throw item.error(
                    "missing required key 'value'", at: item.location,
                    hint: "write `- {value: 0.8, label: Benchmark}`")
            }
            return ReferenceLine(value: value, label: try item.string("label") ?? "")
        }
    }

    /// The rows drawn: `filter:` and `limit:` (the filter already applied before a pivot), and `sort:`.
    private static func rowQuery(
        _ block: YAMLBlock, table: DataTable, file: DataFile?, pivoted: Bool, x: Column, y: [Column]
    ) throws -> RowQuery {
        var query: RowQuery
        if pivoted {
            // The filter applied to the long table's rows before the pivot.
            query = RowQuery()
            query.limit = try block.positiveInteger("limit")
        } else {
            query = try RowQueryReader.query(from: block, table: table, file: file)
        }
        if let sort = try block.string("sort") {
            let descending = sort.hasPrefix("-")
            switch descending ? String(sort.dropFirst()) : sort {
            case "x": query.sortColumn = x.name
            case "y": query.sortColumn = y[0].name
            default:
                throw block.error(
                    "unknown sort '\(sort)'", at: block.location(ofValue: "sort"),
                    hint: "use x, -x, y or -y (a leading - sorts descending)")
            }
            query.descending = descending
        }
        return query
    }

    private static var typeList: String { ChartType.allCases.map(\.rawValue).joined(separator: ", ") }
}

import FolioCharts
import FolioData
import FolioDiagnostics
import FolioHTML
import FolioYAML

/// Turns one ```chart, ```kpi or ```table block into an HTML fragment at build time.
///
/// The site layer makes one per page language and calls `render` for each block; rendering is
/// pure (no I/O), so pages can render in parallel and two builds produce identical bytes.
public struct DirectiveRenderer: Sendable {
    private let catalog: TableCatalog
    private let formatter: ValueFormatter
    private let strings: ChartStrings
    /// The page's language: tables of a data file declaring another (`lang: sv`) say so.
    public var language: String?
    /// The shared events of `content/events.yml`, which charts mark with `events:`.
    public var events: [ChartEvent] = []

    /// - Parameter files: data files keyed by path relative to `content/data` (`metrics/monthly.csv`);
    ///   a streamed file is read into a table when a block first reads it, once for every renderer.
    /// - Parameter metrics: registered metrics by id, named in the page's language; specs may name
    ///   them instead of columns (`y: [csat, nps]`, `- metric: frt`).
    /// - Parameter queries: the named queries' results by name (`data: query:<name>`), run once per build.
    /// - Parameter runner: runs the SQL of specs (`sql:`), once per build, shared by every language.
    public init(
        files: [String: DataFile], formatter: ValueFormatter, strings: ChartStrings,
        metrics: [String: MetricInfo] = [:], queries: NamedQueries = NamedQueries(), runner: QueryRunner? = nil
    ) {
        self.catalog = TableCatalog(
            tables: files.merging(queries.tables.mapValues(DataFile.init(table:))) { file, _ in file },
            metrics: metrics, queries: queries.results, runner: runner)
        self.formatter = formatter
        self.strings = strings
    }

    /// A renderer over tables already read (tests).
    public init(
        tables: [String: DataTable], formatter: ValueFormatter, strings: ChartStrings,
        metrics: [String: MetricInfo] = [:], queries: NamedQueries = NamedQueries(), runner: QueryRunner? = nil
    ) {
        self.init(
            files: tables.mapValues(DataFile.init(table:)), formatter: formatter, strings: strings, metrics: metrics,
            queries: queries, runner: runner)
    }

    /// The string-table keys of every interface word charts, tiles and tables print (`ChartStrings`).
    public static let stringKeys = ChartStrings.keys

    /// A renderer whose interface words come from a string table (`lookup("trend")`).
    /// - Throws: `ChartStrings.MissingKeys` naming every key the table lacks.
    public init(
        files: [String: DataFile], formatter: ValueFormatter, lookup: (String) -> String?,
        metrics: [String: MetricInfo] = [:], queries: NamedQueries = NamedQueries(), runner: QueryRunner? = nil
    ) throws {
        self.init(
            files: files, formatter: formatter, strings: try ChartStrings(lookup: lookup), metrics: metrics,
            queries: queries, runner: runner)
    }

    /// `init(files:formatter:lookup:…)` over tables already read (tests).
    public init(
        tables: [String: DataTable], formatter: ValueFormatter, lookup: (String) -> String?,
        metrics: [String: MetricInfo] = [:], queries: NamedQueries = NamedQueries(), runner: QueryRunner? = nil
    ) throws {
        try self.init(
            files: tables.mapValues(DataFile.init(table:)), formatter: formatter, lookup: lookup, metrics: metrics,
            queries: queries, runner: runner)
    }

    /// The key under which a block names a named query's result: `query:<name>`, as in `data: query:<name>`.
    public static func queryKey(_ name: String) -> String { TableCatalog.queryPrefix + name }

    /// Renders one block.
    /// - Parameters:
    ///   - yaml: the code block's text.
    ///   - location: where the block's first YAML line is in the Markdown file.
    ///   - id: unique and deterministic per page (`chart-2`); prefixes every id in the output.
    ///   - parameters: the row of the generated page the block is on: bound to `:name` in its SQL,
    ///     and the values of its `filter: {column: ":name"}` (nil on other pages).
    /// - Returns: the HTML, the data file the block read and the registered metrics it names.
    /// - Throws: `Diagnostic` pointing at the offending YAML line.
    public func render(
        _ kind: DirectiveKind, yaml: String, location: SourceLocation, id: String, parameters: [String: Cell]? = nil
    ) throws -> RenderedDirective {
        let block = try YAMLBlock.parse(yaml, name: kind.rawValue, origin: location)
        var catalog = self.catalog
        catalog.blockText = yaml
        catalog.parameters = parameters
        let html: String
        let reads: Set<String>
        let download: CSVDownload?
        switch kind {
        case .chart:
            var (spec, source) = try ChartSpecReader.read(block, catalog: catalog)
            spec.annotations = try AnnotationReader(events: events, language: language).annotations(
                in: block, spec: spec)
            reads = source.reads
            html = ChartFigure.html(for: spec, id: id, formatter: formatter, strings: strings, language: language)
            download = ChartFigure.csv(for: spec, id: id, formatter: formatter, strings: strings)
        case .kpi:
            let spec = try KPISpec(block: block, catalog: catalog)
            reads = spec.source.reads
            let tiles = KPITiles(spec: spec, formatter: formatter, strings: strings)
            html = tiles.html(id: id)
            download = tiles.csv(id: id)
        case .table:
            let spec = try TableSpec(block: block, catalog: catalog)
            reads = spec.source.reads
            var writer = MarkupWriter()
            writer.open("div", [("class", "table-block"), ("id", id)])
            writer.raw(spec.html(formatter: formatter, strings: strings, id: id, language: language))
            writer.close("div")
            html = writer.output
            download = spec.csv(formatter: formatter, id: id)
        }
        return RenderedDirective(
            html: html, dataFiles: reads, metrics: metricIDs(in: block), download: download)
    }

    /// A registered metric's value for running text (`{{metric csat latest}}`), formatted for the
    /// page's locale exactly as its KPI tile shows it. Selectors: latest, previous, change, target, period.
    /// The result's `html` is the text; it reads the metric's data file and shows the metric.
    public func inlineValue(metric id: String, selector: String, location: SourceLocation) throws
        -> RenderedDirective
    {
        let text = try InlineMetric(catalog: catalog, formatter: formatter, strings: strings).text(
            metric: id, selector: selector, location: location)
        var reads = Set([catalog.metrics[id]?.data].compactMap { $0 })
        for key in reads where key.hasPrefix(TableCatalog.queryPrefix) {
            reads.formUnion(catalog.queries[String(key.dropFirst(TableCatalog.queryPrefix.count))]?.sources ?? [])
        }
        return RenderedDirective(html: text, dataFiles: reads, metrics: [id])
    }

    /// The registered metrics a block names (`y: [csat, nps]`, `- metric: frt`). A block that reads
    /// another file (`data: metrics/teams.csv`, `y: retention`) names a column there, not the metric.
    private func metricIDs(in block: YAMLBlock) -> Set<String> {
        guard !catalog.metrics.isEmpty else { return [] }
        let data = block.entry("data")?.value.string.map(TableCatalog.dataKey)
        var names: [String] = []
        if let y = block.entry("y")?.value {
            if let name = y.string { names.append(name) }
            names += (y.sequence ?? []).compactMap(\.string)
        }
        for tile in block.entry("tiles")?.value.sequence ?? [] {
            if let metric = tile.mapping?["metric"]?.string { names.append(metric) }
        }
        return Set(names.filter { name in catalog.metrics[name].map { data == nil || data == $0.data } ?? false })
    }

    /// The data file a block's `data:` key names, relative to `content/data`, read without rendering
    /// the block (for `folio check`); nil when it names none or is not YAML. Aliases are refused before
    /// composing, so a "billion laughs" block cannot hang the check.
    public static func dataFile(namedIn yaml: String) -> String? {
        let reader = YAMLReader(path: "")
        guard let root = try? reader.compose(yaml), let mapping = root.mapping else { return nil }
        return mapping["data"]?.string.map(TableCatalog.dataKey)
    }
}

import FolioData
import FolioDiagnostics

/// Turns one ```chart, ```kpi or ```table block into an HTML fragment at build time.
///
/// The site layer makes one per page language and calls `render` for each block; rendering is
/// pure (no I/O), so pages can render in parallel and two builds produce identical bytes.
public struct DirectiveRenderer: Sendable {
    private let catalog: TableCatalog
    private let formatter: ValueFormatter
    private let strings: ChartStrings

    /// - Parameter tables: data files keyed by path relative to `content/data` (`metrics/monthly.csv`).
    /// - Parameter metrics: registered metrics by id, named in the page's language; specs may name
    ///   them instead of columns (`y: [csat, nps]`, `- metric: frt`).
    public init(
        tables: [String: DataTable], formatter: ValueFormatter, strings: ChartStrings,
        metrics: [String: MetricInfo] = [:]
    ) {
        self.catalog = TableCatalog(tables: tables, metrics: metrics)
        self.formatter = formatter
        self.strings = strings
    }

    /// Renders one block.
    /// - Parameters:
    ///   - yaml: the code block's text.
    ///   - location: where the block's first YAML line is in the Markdown file.
    ///   - id: unique and deterministic per page (`chart-2`); prefixes every id in the output.
    /// - Throws: `Diagnostic` pointing at the offending YAML line.
    public func render(_ kind: DirectiveKind, yaml: String, location: SourceLocation, id: String) throws -> String {
        var ignored: Set<String> = []
        return try render(kind, yaml: yaml, location: location, id: id, reading: &ignored)
    }

    /// `render`, adding to `data` the data file the block read (its key in `tables`), so an
    /// incremental build renders the block again only when that file changes.
    public func render(
        _ kind: DirectiveKind, yaml: String, location: SourceLocation, id: String, reading data: inout Set<String>
    ) throws -> String {
        let block = try YAMLBlock.parse(yaml, name: kind.rawValue, origin: location)
        switch kind {
        case .chart:
            let spec = try ChartSpec(block: block, catalog: catalog)
            data.insert(catalog.key(of: spec.table))
            return ChartFigure.html(for: spec, id: id, formatter: formatter, strings: strings)
        case .kpi:
            let spec = try KPISpec(block: block, catalog: catalog)
            data.insert(catalog.key(of: spec.table))
            return KPITiles(spec: spec, formatter: formatter, strings: strings).html(id: id)
        case .table:
            let spec = try TableSpec(block: block, catalog: catalog)
            data.insert(catalog.key(of: spec.table))
            var html = SVGWriter()
            html.open("div", [("class", "table-block"), ("id", id)])
            html.raw(spec.html(formatter: formatter, strings: strings))
            html.close("div")
            return html.output
        }
    }

    /// A registered metric's value for running text (`{{metric csat latest}}`), formatted for the
    /// page's locale exactly as its KPI tile shows it. Selectors: latest, previous, change, target, period.
    public func inlineValue(metric id: String, selector: String, location: SourceLocation) throws -> String {
        try InlineMetric(catalog: catalog, formatter: formatter, strings: strings).text(
            metric: id, selector: selector, location: location)
    }

    /// The data file a registered metric reads (its key in `tables`), if the metric exists.
    public func dataFile(ofMetric id: String) -> String? {
        catalog.metrics[id]?.data
    }
}

import FolioData
import FolioDiagnostics
import FolioDirectives
import FolioFormats
import FolioMarkdown
import Foundation

/// Everything one build reads from disk, parsed: the first of the build's three steps (load,
/// render, write).
///
/// Nothing is rendered here and nothing after this reads a file, so every error in the sources
/// is found before a page is rendered, and rendering is a function of this value alone.
struct SiteInputs: Sendable {
    /// Configuration (with `--base-url` applied), pages (the generated glossary's included) and
    /// interface strings.
    var source: SiteSource
    /// Page files' bytes by display path, for the next build to compare with; empty in a build
    /// that keeps nothing for a next one.
    var pageFiles: [String: LoadedPage]
    var templates: TemplateSet
    var stylesheet: Stylesheet
    /// Data files by path relative to `content/data`: tables, or CSV streams read into a table only
    /// when a page or a metric first reads them (`DataFile`).
    var tables: [String: DataFile]
    /// The data files' bytes, so the next build parses only those that changed.
    var dataFiles: [String: LoadedTable]
    /// The named queries' results (`content/queries/<name>.sql`), run once per build.
    var queries: NamedQueries
    /// Runs the SQL written in specs (`sql:`) during rendering, once per build, and keeps this build's
    /// results for the next one.
    var queryRunner: QueryRunner
    /// The metric registry (empty without `content/metrics.yml`).
    var metrics: [Metric]
    /// The shared events charts mark (empty without `content/events.yml`).
    var events: [ChartEvent]
    /// The theme's `favicon.svg` (the site's, or the built-in one), published as it is.
    var favicon: [UInt8]?

    /// Reads and parses the site under `options.sourceRoot`, parsing again only the page and data
    /// files whose bytes differ from `previous`. Without `previous` (a cold build) the page files'
    /// bytes are let go at once: nothing needs them once parsed. With `changed` (paths relative to
    /// the source folder, from the watcher), the page and data files `previous` holds and `changed`
    /// does not name are taken as they were without being read.
    static func load(
        options: BuildOptions, reusing previous: SiteInputs?, changed: Set<String>? = nil, keeping: Bool = false
    )
        throws -> SiteInputs
    {
        let root = options.sourceRoot
        let theme = try SiteTheme.load(templatesFolder: root.appendingPathComponent("templates"))
        var (source, pageFiles) = try ContentLoader(sourceRoot: root, includeDrafts: options.includeDrafts)
            .load(
                requiredStrings: StringTable.templateKeys + DirectiveRenderer.stringKeys + Glossary.stringKeys
                    + MarkdownStrings.keys + PrintEdition.stringKeys + SubjectIndex.stringKeys,
                theme: theme, reusing: previous?.pageFiles ?? [:], trusting: changed, keepingFiles: keeping)
        if !keeping { pageFiles = [:] }
        if let baseURL = options.baseURL {
            source.config.baseURL = baseURL.isEmpty || baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        var inputs = SiteInputs(
            source: source, pageFiles: pageFiles, templates: try TemplateSet.load(theme: theme),
            stylesheet: Stylesheet.load(theme: theme), tables: [:], dataFiles: [:],
            queries: NamedQueries(), queryRunner: QueryRunner(tables: [:], timeLimit: source.config.queryTimeout),
            metrics: [], events: [], favicon: theme.files[SiteContext.faviconName].map { Array($0.text.utf8) })
        try inputs.loadData(options: options, previous: previous, changed: changed)
        inputs.source.pages = try GeneratedPages.expand(
            inputs.source.pages, tables: inputs.readableTables, config: source.config)
        if !inputs.metrics.isEmpty {
            inputs.source.pages += Glossary.pages(config: source.config, strings: source.strings)
        }
        return inputs
    }

    /// Loads the data tables, named queries, metric registry and events again, reusing the data
    /// files `previous` read and `changed` does not name, and the query results whose SQL and
    /// tables are unchanged.
    mutating func loadData(options: BuildOptions, previous: SiteInputs?, changed: Set<String>?) throws {
        let root = options.sourceRoot
        let config = source.config
        (tables, dataFiles) = try DataLoader(
            dataRoot: root.appendingPathComponent("content/data"), streams: options.streamsData
        )
        .load(reusing: previous?.dataFiles ?? [:], trusting: changed)
        let queryFiles = try QueryLoader(queriesRoot: root.appendingPathComponent("content/queries")).load()
        queryRunner = QueryRunner(files: tables, timeLimit: config.queryTimeout, reusing: previous?.queryRunner)
        queries = try NamedQueries(running: queryFiles, with: queryRunner)
        metrics = try Self.loadMetrics(sourceRoot: root, config: config, tables: readableTables)
        events = try Self.loadEvents(sourceRoot: root, config: config)
    }

    /// The data files and the named queries' results, under the keys blocks read them by
    /// (`metrics/monthly.csv`, `query:p90-first-reply`).
    var readableTables: [String: DataFile] {
        tables.merging(queries.tables.mapValues(DataFile.init(table:))) { file, _ in file }
    }

    /// The shared events of `content/events.yml`; none when the file is missing.
    private static func loadEvents(sourceRoot: URL, config: SiteConfig) throws -> [ChartEvent] {
        let url = sourceRoot.appendingPathComponent(EventsLoader.path)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        return try EventsLoader.parse(
            SourceText.read(url, displayPath: EventsLoader.path), languages: config.languages.map(\.code))
    }

    /// The metric registry, checked against the data; empty when the site has no `content/metrics.yml`.
    private static func loadMetrics(sourceRoot: URL, config: SiteConfig, tables: [String: DataFile]) throws
        -> [Metric]
    {
        let path = "content/metrics.yml"
        let url = sourceRoot.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let metrics = try MetricRegistryLoader.parse(
            SourceText.read(url, displayPath: path), path: path, languages: config.languages.map(\.code))
        let problems = MetricRegistryLoader.validate(metrics, tables: tables)
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return metrics
    }
}

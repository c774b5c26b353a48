import FolioCharts
import FolioData
import FolioDiagnostics
import FolioMarkdown
import Foundation

/// One page's result in a build, and whether it was taken from the previous build.
private struct PageOutcome: Sendable {
    var page: Page
    var body: Shared<CachedBody>
    var shell: Shared<CachedShell>
    var bodyReused: Bool
    var shellReused: Bool
}

/// The build pipeline: load content -> model -> render (in parallel) -> write.
///
/// Everything before `OutputWriter` is computed in memory, so any error stops the build before
/// a single byte of the previous site is touched.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds and writes the site; throws a `DiagnosticList` with every problem found.
    @discardableResult
    public func build() async throws -> BuildReport {
        try await buildKeepingSite().report
    }

    /// `build()`, also returning the rendered site (its page files already written, so listed with
    /// empty contents). `folio build` holds on to it until the process exits: freeing a large
    /// site's model piece by piece took a tenth of a second after all the work was done.
    public func buildKeepingSite() async throws -> (report: BuildReport, site: RenderedSite) {
        let start = Date()
        let stage = try OutputWriter(output: options.output).stage()
        let site: RenderedSite
        let work: BuildWork
        do {
            (site, _, work) = try await render(reusing: nil, streamingTo: stage)
            try stage.write(site.files)
            try stage.commit()
        } catch {
            stage.discard()
            throw error
        }
        let files = site.files
        let pages = files.filter { $0.path.hasSuffix("index.html") }.count
        let report = BuildReport(
            pages: pages, files: files.count, seconds: Date().timeIntervalSince(start), work: work,
            filesWritten: files.count)
        return (report, site)
    }

    /// Renders every output file in memory without writing anything, keeping what `folio check`
    /// needs to know about each page (its links, directives and metrics as written).
    public func render() async throws -> RenderedSite {
        try await render(reusing: nil).site
    }

    /// Renders the site, reusing from `previous` every page body and every page whose inputs are
    /// unchanged (see `BuildCache`). Without a cache nothing is kept, as `folio build` needs nothing
    /// kept; with one (even empty) the result carries the cache for the next build.
    ///
    /// With `stage` (and no cache), each page is written there as soon as it is rendered and its
    /// bytes are let go: the returned site then lists those files with empty contents.
    public func render(reusing previous: BuildCache?, streamingTo stage: StagedOutput? = nil) async throws
        -> (site: RenderedSite, cache: BuildCache, work: BuildWork)
    {
        let keep = previous != nil
        let cacheOptions = CacheOptions(includeDrafts: options.includeDrafts, baseURL: options.baseURL)
        var old = previous ?? BuildCache()
        if old.options != cacheOptions { old = BuildCache() }

        var (source, loadedPages) = try ContentLoader(
            sourceRoot: options.sourceRoot, includeDrafts: options.includeDrafts
        )
        .load(
            requiredStrings: StringTable.templateKeys + ChartStrings.keys + Glossary.stringKeys + MarkdownStrings.keys,
            reusing: old.pages)
        if !keep { loadedPages = [:] }  // the files' bytes matter only to a next build
        if let baseURL = options.baseURL {
            source.config.baseURL = baseURL.isEmpty || baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        let templates = try TemplateSet.load(
            from: options.sourceRoot.appendingPathComponent("templates"), displayFolder: "templates")
        let stylesheet = try Stylesheet.load(from: options.sourceRoot.appendingPathComponent("templates/css"))
        let (tables, dataFiles) = try DataLoader(dataRoot: options.sourceRoot.appendingPathComponent("content/data"))
            .load(reusing: old.dataFiles)
        let metrics = try loadMetrics(config: source.config, tables: tables)
        if !metrics.isEmpty { source.pages += Glossary.pages(config: source.config, strings: source.strings) }
        let directives = try directiveRenderers(source: source, tables: tables, metrics: metrics)
        let context = try SiteContext(source: source, stylesheetName: stylesheet.fileName)
        let renderer = PageRenderer(context: context, templates: templates)
        var engine = MarkdownRenderer(
            allowsRawHTML: source.config.unsafeHTML,
            directiveNames: Set(DirectiveKind.allCases.map(\.rawValue)),
            reservedIDs: ["main", "toc-title", "chapters-title"]
        )
        if !metrics.isEmpty { engine.inlineNames = ["metric"] }
        let markdown = engine
        let metricSources = Dictionary(uniqueKeysWithValues: metrics.map { ($0.id, $0.data) })
        let authored = source.pages.filter { !Glossary.isGlossary($0) }

        // What may be reused: bodies rendered against the same configuration, strings and metrics
        // (and the same contents of the data files they read); whole pages when nothing around them changed.
        let environment = BodyEnvironment(config: source.config, strings: source.strings, metrics: metrics)
        let sameEnvironment = old.environment == environment
        // Data files added, removed or changed since the previous build; compared once here,
        // not once per page that reads them.
        let oldTables = old.tables ?? [:]
        let changedData = Set(oldTables.keys).union(tables.keys).filter { oldTables[$0] != tables[$0] }
        let shellInputs = ShellInputs(pages: source.pages, stylesheetName: stylesheet.fileName, templates: templates)
        let sameShellInputs = old.shellInputs == shellInputs
        let sameTemplates = old.shellInputs?.templates == shellInputs.templates
        let oldBodies = old.bodies
        let oldShells = old.shells

        let stringTables = source.strings
        let results = await withTaskGroup(of: (Int, Result<PageOutcome, DiagnosticList>).self) { group in
            for (index, page) in authored.enumerated() {
                group.addTask {
                    do {
                        var reusedBody: Shared<CachedBody>?
                        if sameEnvironment, let cached = oldBodies[page.sourcePath], cached.value.body == page.body,
                            cached.value.outputPath == page.outputPath,
                            cached.value.firstLine == page.bodyFirstLine, cached.value.language == page.language,
                            cached.value.dataRead.isDisjoint(with: changedData)
                        {
                            reusedBody = cached
                        }
                        let bodyReused = reusedBody != nil
                        var bodyValue =
                            try reusedBody?.value
                            ?? Self.renderBody(
                                page, markdown: markdown, directive: directives[page.language],
                                metricSources: metricSources, linkStyle: context.linkStyle, strings: stringTables)
                        let path = (page.outputPath + ["index.html"]).joined(separator: "/")
                        var shell: Shared<CachedShell>
                        var shellReused = false
                        if bodyReused, sameShellInputs, let cached = oldShells[path] {
                            shell = cached
                            shellReused = true
                        } else {
                            let view = renderer.pageView(page, markdown: bodyValue.rendered)
                            if sameTemplates, let cached = oldShells[path], cached.value.view == view {
                                shell = cached
                                shellReused = true
                            } else {
                                var file = OutputFile(path: path, contents: renderer.render(view, of: page))
                                if let stage, !keep {
                                    try stage.write(file)
                                    file.contents = []
                                }
                                // Without a next build to serve, the view (and the page's HTML in it) is let go now.
                                shell = Shared(CachedShell(view: keep ? view : nil, file: file))
                            }
                        }
                        if !keep {
                            bodyValue.body = ""
                            bodyValue.rendered.html = ""
                        }
                        let body = reusedBody ?? Shared(bodyValue)
                        return (
                            index,
                            .success(
                                PageOutcome(
                                    page: page, body: body, shell: shell, bodyReused: bodyReused,
                                    shellReused: shellReused))
                        )
                    } catch let list as DiagnosticList {
                        return (index, .failure(list))
                    } catch let diagnostic as Diagnostic {
                        return (index, .failure(DiagnosticList([diagnostic])))
                    } catch {
                        return (
                            index,
                            .failure(DiagnosticList([Diagnostic(SourceLocation(path: page.sourcePath), "\(error)")]))
                        )
                    }
                }
            }
            var collected: [(Int, Result<PageOutcome, DiagnosticList>)] = []
            for await result in group { collected.append(result) }
            return collected.sorted { $0.0 < $1.0 }.map(\.1)
        }
        var pages: [RenderedPage] = []
        var problems: [Diagnostic] = []
        var work = BuildWork()
        var next = BuildCache()
        if keep {
            next.options = cacheOptions
            next.pages = loadedPages
            next.environment = environment
            next.tables = tables
            next.dataFiles = dataFiles
            next.shellInputs = shellInputs
        }
        for result in results {
            switch result {
            case let .success(outcome):
                pages.append(
                    RenderedPage(
                        page: outcome.page, file: outcome.shell.value.file, links: outcome.body.value.rendered.links,
                        directives: outcome.body.value.directives, metrics: outcome.body.value.metrics,
                        notes: outcome.body.value.rendered.notes))
                if outcome.bodyReused { work.bodiesReused += 1 } else { work.bodiesRendered += 1 }
                if outcome.shellReused { work.pagesReused += 1 } else { work.pagesRendered += 1 }
                if keep {
                    next.bodies[outcome.page.sourcePath] = outcome.body
                    next.shells[outcome.shell.value.file.path] = outcome.shell
                }
            case let .failure(list): problems += list.diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }

        // The glossary lists the pages that use each metric, so it is written once they are known.
        for page in source.pages where Glossary.isGlossary(page) {
            guard let strings = source.strings[page.language], let language = source.config.language(page.language)
            else { continue }
            let body = Glossary.body(
                for: page, metrics: metrics, usage: pages, formatter: ValueFormatter(localeIdentifier: language.locale),
                strings: strings, linkStyle: context.linkStyle)
            let file = OutputFile(
                path: (page.outputPath + ["index.html"]).joined(separator: "/"),
                contents: renderer.render(page, markdown: body))
            pages.append(RenderedPage(page: page, file: file, links: [], directives: [], metrics: []))
            work.pagesRendered += 1
        }

        var files = pages.map(\.file)
        files.append(OutputFile(path: "index.html", text: renderer.redirect()))
        files.append(
            OutputFile(path: "404.html", text: renderer.notFound(language: source.config.defaultLanguage, at: [])))
        for language in source.config.languages {
            files.append(
                OutputFile(
                    path: "\(language.code)/404.html",
                    text: renderer.notFound(language: language.code, at: [language.code])))
        }
        files.append(OutputFile(path: stylesheet.fileName, contents: stylesheet.contents))
        files.append(OutputFile(path: "robots.txt", text: Sitemap.robots(context: context)))
        if !source.config.baseURL.isEmpty {
            files.append(OutputFile(path: "sitemap.xml", text: Sitemap.xml(pages: source.pages, context: context)))
        }
        let favicon = options.sourceRoot.appendingPathComponent("templates/\(SiteContext.faviconName)")
        if let bytes = FileManager.default.contents(atPath: favicon.path) {
            files.append(OutputFile(path: SiteContext.faviconName, contents: [UInt8](bytes)))
        }
        let site = RenderedSite(
            files: files, pages: pages, dataFiles: tables.keys.sorted(), tables: tables, metrics: metrics,
            source: source)
        return (site, next, work)
    }

    /// One page's Markdown with its chart, table and KPI blocks and `{{metric}}` values.
    private static func renderBody(
        _ page: Page, markdown: MarkdownRenderer, directive: DirectiveRenderer?, metricSources: [String: String],
        linkStyle: LinkStyle, strings: [String: StringTable]
    ) throws -> CachedBody {
        var engine = markdown
        engine.quoteStyle = QuoteStyle.forLanguage(page.language)
        engine.strings = MarkdownStrings(lookup: { strings[page.language]?.values[$0] }) ?? engine.strings
        var used: [Directive] = []
        var shown: Set<String> = []
        var dataRead: Set<String> = []
        let rendered = try engine.render(
            page.body, path: page.sourcePath, firstLine: page.bodyFirstLine,
            expand: { block in
                used.append(block)
                shown.formUnion(MetricUsage.ids(in: block, sources: metricSources))
                guard let kind = DirectiveKind(rawValue: block.name), let directive else { return "" }
                return try directive.render(
                    kind, yaml: block.body, location: block.location, id: "\(block.name)-\(block.ordinal)",
                    reading: &dataRead)
            },
            rewriteLink: { linkStyle.adjust(authorLink: $0, from: page.outputPath) },
            evaluate: { expression in
                guard expression.arguments.count == 2, let directive else {
                    throw Diagnostic(
                        expression.location, "write a metric value as {{metric <id> <selector>}}",
                        hint: "for example {{metric csat latest}}; selectors: latest, previous, change, target, period")
                }
                shown.insert(expression.arguments[0])
                if let file = directive.dataFile(ofMetric: expression.arguments[0]) { dataRead.insert(file) }
                return try directive.inlineValue(
                    metric: expression.arguments[0], selector: expression.arguments[1],
                    location: expression.location)
            })
        return CachedBody(
            body: page.body, firstLine: page.bodyFirstLine, language: page.language, rendered: rendered,
            directives: used, metrics: shown, dataRead: dataRead, outputPath: page.outputPath)
    }

    /// The metric registry, checked against the data; empty when the site has no `content/metrics.yml`.
    private func loadMetrics(config: SiteConfig, tables: [String: DataTable]) throws -> [Metric] {
        let path = "content/metrics.yml"
        let url = options.sourceRoot.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let metrics = try MetricRegistryLoader.parse(
            SourceText.read(url, displayPath: path), path: path, languages: config.languages.map(\.code))
        let problems = MetricRegistryLoader.validate(metrics, tables: tables)
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return metrics
    }

    /// One chart renderer per language: its locale's number formats and its interface words.
    private func directiveRenderers(source: SiteSource, tables: [String: DataTable], metrics: [Metric]) throws
        -> [String: DirectiveRenderer]
    {
        var renderers: [String: DirectiveRenderer] = [:]
        for language in source.config.languages {
            let table = source.strings[language.code]
            let strings = try ChartStrings(lookup: { table?.values[$0] })
            let infos = Dictionary(uniqueKeysWithValues: metrics.map { ($0.id, $0.info(language: language.code)) })
            renderers[language.code] = DirectiveRenderer(
                tables: tables, formatter: ValueFormatter(localeIdentifier: language.locale), strings: strings,
                metrics: infos)
        }
        return renderers
    }
}

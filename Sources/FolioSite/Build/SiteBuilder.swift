import FolioCharts
import FolioData
import FolioDiagnostics
import FolioMarkdown
import Foundation

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
        let start = Date()
        let files = try await render().files
        try OutputWriter(output: options.output).write(files)
        let pages = files.filter { $0.path.hasSuffix("index.html") }.count
        return BuildReport(pages: pages, files: files.count, seconds: Date().timeIntervalSince(start))
    }

    /// Renders every output file in memory without writing anything, keeping what `folio check`
    /// needs to know about each page (its links, directives and metrics as written).
    public func render() async throws -> RenderedSite {
        var source = try ContentLoader(sourceRoot: options.sourceRoot, includeDrafts: options.includeDrafts)
            .load(requiredStrings: StringTable.templateKeys + ChartStrings.keys + Glossary.stringKeys)
        if let baseURL = options.baseURL {
            source.config.baseURL = baseURL.isEmpty || baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        let templates = try TemplateSet.load(
            from: options.sourceRoot.appendingPathComponent("templates"), displayFolder: "templates")
        let stylesheet = try Stylesheet.load(from: options.sourceRoot.appendingPathComponent("templates/css"))
        let tables = try DataLoader(dataRoot: options.sourceRoot.appendingPathComponent("content/data")).load()
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

        let results = await withTaskGroup(of: (Int, Result<RenderedPage, DiagnosticList>).self) { group in
            for (index, page) in authored.enumerated() {
                group.addTask {
                    do {
                        var engine = markdown
                        engine.quoteStyle = QuoteStyle.forLanguage(page.language)
                        var used: [Directive] = []
                        var shown: Set<String> = []
                        let directive = directives[page.language]
                        let rendered = try engine.render(
                            page.body, path: page.sourcePath, firstLine: page.bodyFirstLine,
                            expand: { block in
                                used.append(block)
                                shown.formUnion(MetricUsage.ids(in: block, sources: metricSources))
                                guard let kind = DirectiveKind(rawValue: block.name), let directive else { return "" }
                                return try directive.render(
                                    kind, yaml: block.body, location: block.location,
                                    id: "\(block.name)-\(block.ordinal)")
                            },
                            rewriteLink: context.linkStyle.adjust(authorLink:),
                            evaluate: { expression in
                                guard expression.arguments.count == 2, let directive else {
                                    throw Diagnostic(
                                        expression.location, "write a metric value as {{metric <id> <selector>}}",
                                        hint:
                                            "for example {{metric csat latest}}; selectors: latest, previous, change, target, period"
                                    )
                                }
                                shown.insert(expression.arguments[0])
                                return try directive.inlineValue(
                                    metric: expression.arguments[0], selector: expression.arguments[1],
                                    location: expression.location)
                            })
                        let html = renderer.render(page, markdown: rendered)
                        let file = OutputFile(
                            path: (page.outputPath + ["index.html"]).joined(separator: "/"), text: html)
                        return (
                            index,
                            .success(
                                RenderedPage(
                                    page: page, file: file, links: rendered.links, directives: used, metrics: shown))
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
            var collected: [(Int, Result<RenderedPage, DiagnosticList>)] = []
            for await result in group { collected.append(result) }
            return collected.sorted { $0.0 < $1.0 }.map(\.1)
        }
        var pages: [RenderedPage] = []
        var problems: [Diagnostic] = []
        for result in results {
            switch result {
            case let .success(page): pages.append(page)
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
                text: renderer.render(page, markdown: body))
            pages.append(RenderedPage(page: page, file: file, links: [], directives: [], metrics: []))
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
        return RenderedSite(
            files: files, pages: pages, dataFiles: tables.keys.sorted(), tables: tables, metrics: metrics,
            source: source)
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

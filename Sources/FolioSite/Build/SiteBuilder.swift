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
    /// needs to know about each page (its links and directives as written).
    public func render() async throws -> RenderedSite {
        var source = try ContentLoader(sourceRoot: options.sourceRoot, includeDrafts: options.includeDrafts)
            .load(requiredStrings: StringTable.templateKeys + ChartStrings.keys)
        if let baseURL = options.baseURL {
            source.config.baseURL = baseURL.isEmpty || baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        let templates = try TemplateSet.load(from: options.sourceRoot.appendingPathComponent("templates"), displayFolder: "templates")
        let stylesheet = try Stylesheet.load(from: options.sourceRoot.appendingPathComponent("templates/css"))
        let tables = try DataLoader(dataRoot: options.sourceRoot.appendingPathComponent("content/data")).load()
        let directives = try directiveRenderers(source: source, tables: tables)
        let context = try SiteContext(source: source, stylesheetName: stylesheet.fileName)
        let renderer = PageRenderer(context: context, templates: templates)
        let markdown = MarkdownRenderer(
            allowsRawHTML: source.config.unsafeHTML,
            directiveNames: Set(DirectiveKind.allCases.map(\.rawValue)),
            reservedIDs: ["main", "toc-title", "chapters-title"]
        )

        let results = await withTaskGroup(of: (Int, Result<RenderedPage, DiagnosticList>).self) { group in
            for (index, page) in source.pages.enumerated() {
                group.addTask {
                    do {
                        var engine = markdown
                        engine.quoteStyle = QuoteStyle.forLanguage(page.language)
                        var used: [Directive] = []
                        let rendered = try engine.render(
                            page.body, path: page.sourcePath, firstLine: page.bodyFirstLine,
                            expand: { directive in
                                used.append(directive)
                                guard let kind = DirectiveKind(rawValue: directive.name), let renderer = directives[page.language] else { return "" }
                                return try renderer.render(kind, yaml: directive.body, location: directive.location, id: "\(directive.name)-\(directive.ordinal)")
                            },
                            rewriteLink: context.linkStyle.adjust(authorLink:))
                        let html = renderer.render(page, markdown: rendered)
                        let file = OutputFile(path: (page.outputPath + ["index.html"]).joined(separator: "/"), text: html)
                        return (index, .success(RenderedPage(page: page, file: file, links: rendered.links, directives: used)))
                    } catch let list as DiagnosticList {
                        return (index, .failure(list))
                    } catch let diagnostic as Diagnostic {
                        return (index, .failure(DiagnosticList([diagnostic])))
                    } catch {
                        return (index, .failure(DiagnosticList([Diagnostic(SourceLocation(path: page.sourcePath), "\(error)")])))
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

        var files = pages.map(\.file)
        files.append(OutputFile(path: "index.html", text: renderer.redirect()))
        files.append(OutputFile(path: "404.html", text: renderer.notFound(language: source.config.defaultLanguage, at: [])))
        for language in source.config.languages {
            files.append(OutputFile(path: "\(language.code)/404.html", text: renderer.notFound(language: language.code, at: [language.code])))
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
        return RenderedSite(files: files, pages: pages, dataFiles: tables.keys.sorted(), source: source)
    }

    /// One chart renderer per language: its locale's number formats and its interface words.
    private func directiveRenderers(source: SiteSource, tables: [String: DataTable]) throws -> [String: DirectiveRenderer] {
        var renderers: [String: DirectiveRenderer] = [:]
        for language in source.config.languages {
            let table = source.strings[language.code]
            let strings = try ChartStrings(lookup: { table?.values[$0] })
            renderers[language.code] = DirectiveRenderer(tables: tables, formatter: ValueFormatter(localeIdentifier: language.locale), strings: strings)
        }
        return renderers
    }
}

import FolioData
import FolioDiagnostics
import FolioDirectives
import FolioMarkdown

/// One page's result in a build, and whether it was taken from the previous build.
struct PageOutcome: Sendable {
    var page: Page
    var body: Shared<CachedBody>
    var shell: Shared<CachedShell>
    var bodyReused: Bool
    var shellReused: Bool

    /// Where the page's file goes in the output.
    var file: OutputFile { shell.value.file }
    /// The page's file, then the CSV files of its charts, tables and KPI groups, next to it.
    var files: [OutputFile] { [file] + body.value.downloads }
}

/// The second of the build's three steps: renders one page at a time from the build's inputs,
/// reusing what `reuse` allows. Pure: it reads and writes no file, so the builder may call it for
/// every page at once on every core and decide itself where each finished file goes.
struct PageRendering: Sendable {
    private(set) var renderer: PageRenderer
    var reuse: ReusePlan
    private let markdown: MarkdownRenderer
    private var directives: [String: DirectiveRenderer]
    private let strings: [String: StringTable]

    /// Makes the tools every page shares (Markdown engine, chart renderers, templates, site
    /// context) once per build.
    init(inputs: SiteInputs, reuse: ReusePlan, compiledTemplates: Bool = true) throws {
        let source = inputs.source
        let metrics = inputs.metrics
        directives = try Self.directiveRenderers(
            source: source, tables: inputs.tables, metrics: metrics, queries: inputs.queries,
            runner: inputs.queryRunner,
            events: inputs.events)
        let context = try SiteContext(source: source, stylesheetName: inputs.stylesheet.fileName)
        renderer = PageRenderer(context: context, templates: inputs.templates, compiledTemplates: compiledTemplates)
        var engine = MarkdownRenderer(
            allowsRawHTML: source.config.unsafeHTML,
            directiveNames: Set(DirectiveKind.allCases.map(\.rawValue)),
            reservedIDs: ["main", "toc-title", "chapters-title"]
        )
        if !metrics.isEmpty { engine.inlineNames = ["metric"] }
        markdown = engine
        strings = source.strings
        self.reuse = reuse
    }

    /// What every page of the build shares: pages, menus, translations, configuration.
    var context: SiteContext { renderer.context }

    /// Puts `page` in place of the page with its output folder in the shared context, for an edit
    /// of its text alone (`SettledBuild`): views made after this see its new revision.
    mutating func replace(_ page: Page) {
        renderer.context.replace(page)
    }

    /// Puts `page` in place of `old` after an edit of its title, description or weight
    /// (`SettledBuild`): see `SiteContext.move`.
    @discardableResult
    mutating func move(_ page: Page, from old: Page) -> (from: Int, to: Int)? {
        renderer.context.move(page, from: old)
    }

    /// Makes the chart renderers again from `inputs`' tables, for an edit of data files alone
    /// (`SettledBuild`): bodies rendered after this read the new values.
    mutating func replaceData(_ inputs: SiteInputs) throws {
        directives = try Self.directiveRenderers(
            source: inputs.source, tables: inputs.tables, metrics: inputs.metrics, queries: inputs.queries,
            runner: inputs.queryRunner, events: inputs.events)
    }

    /// One authored page: its body (reused, or Markdown and charts rendered), then its file
    /// (reused, or its view put through the templates).
    func render(_ page: Page) throws -> PageOutcome {
        let path = (page.outputPath + ["index.html"]).joined(separator: "/")
        let reusedBody = reuse.body(of: page, at: path)
        let bodyReused = reusedBody != nil
        let body = try reusedBody ?? renderBody(page)
        if let shell = reuse.shell(at: path, bodyReused: bodyReused) {
            return PageOutcome(page: page, body: body, shell: shell, bodyReused: bodyReused, shellReused: true)
        }
        let view = renderer.pageView(page, markdown: body.value.rendered)
        if let shell = reuse.shell(at: path, view: view) {
            return PageOutcome(page: page, body: body, shell: shell, bodyReused: bodyReused, shellReused: true)
        }
        return fileOutcome(page, at: path, body: body, view: view, bodyReused: bodyReused)
    }

    /// A page's file from a body just rendered, reusing nothing (`SettledBuild`).
    func outcome(_ page: Page, body: Shared<CachedBody>) -> PageOutcome {
        let path = (page.outputPath + ["index.html"]).joined(separator: "/")
        return fileOutcome(
            page, at: path, body: body, view: renderer.pageView(page, markdown: body.value.rendered), bodyReused: false)
    }

    /// One page's body: Markdown, charts, tables and `{{metric}}` values.
    func renderBody(_ page: Page) throws -> Shared<CachedBody> {
        Shared(
            try Self.renderBody(
                page, markdown: markdown, directive: directives[page.contentLanguage], linkStyle: context.linkStyle,
                strings: strings,
                locale: context.config.languages.first { $0.code == page.contentLanguage }?.locale))
    }

    private func fileOutcome(_ page: Page, at path: String, body: Shared<CachedBody>, view: PageView, bodyReused: Bool)
        -> PageOutcome
    {
        let file = OutputFile(path: path, contents: renderer.render(view, of: page))
        return PageOutcome(
            page: page, body: body, shell: Shared(CachedShell(view: view, file: file)), bodyReused: bodyReused,
            shellReused: false)
    }

    /// One page's Markdown with its chart, table and KPI blocks and `{{metric}}` values.
    private static func renderBody(
        _ page: Page, markdown: MarkdownRenderer, directive: DirectiveRenderer?, linkStyle: LinkStyle,
        strings: [String: StringTable], locale: String?
    ) throws -> CachedBody {
        // A fallback page's body is its source's text: quotes, words and numbers of that language.
        let language = page.contentLanguage
        var engine = markdown
        engine.quoteStyle = QuoteStyle.forLanguage(language, locale: locale)
        engine.strings = MarkdownStrings(lookup: { strings[language]?.values[$0] }) ?? engine.strings
        var used: [Directive] = []
        var shown: Set<String> = []
        var dataRead: Set<String> = []
        var downloads: [OutputFile] = []
        let rendered = try engine.render(
            page.body, path: page.sourcePath, firstLine: page.bodyFirstLine,
            expand: { block in
                used.append(block)
                guard let kind = DirectiveKind(rawValue: block.name), let directive else { return "" }
                let rendered = try directive.render(
                    kind, yaml: block.body, location: block.location, id: "\(block.name)-\(block.ordinal)")
                shown.formUnion(rendered.metrics)
                dataRead.formUnion(rendered.dataFiles)
                if let download = rendered.download {
                    downloads.append(
                        OutputFile(
                            path: (page.outputPath + [download.fileName]).joined(separator: "/"),
                            contents: download.bytes))
                }
                return rendered.html
            },
            rewriteLink: { link in
                guard let source = page.fallback else {
                    return linkStyle.adjust(authorLink: link, from: page.outputPath)
                }
                return linkStyle.adjust(authorLink: link, writtenIn: source.outputPath, from: page.outputPath)
            },
            evaluate: { expression in
                guard expression.arguments.count == 2, let directive else {
                    throw Diagnostic(
                        expression.location, "write a metric value as {{metric <id> <selector>}}",
                        hint: "for example {{metric csat latest}}; selectors: latest, previous, change, target, period")
                }
                let value = try directive.inlineValue(
                    metric: expression.arguments[0], selector: expression.arguments[1],
                    location: expression.location)
                shown.formUnion(value.metrics)
                dataRead.formUnion(value.dataFiles)
                return value.html
            })
        return CachedBody(
            body: page.body, firstLine: page.bodyFirstLine, language: language, rendered: rendered,
            directives: used, metrics: shown, dataRead: dataRead, outputPath: page.outputPath, downloads: downloads)
    }

    /// One chart renderer per language: its locale's number formats and its interface words.
    private static func directiveRenderers(
        source: SiteSource, tables: [String: DataTable], metrics: [Metric], queries: NamedQueries, runner: QueryRunner,
        events: [ChartEvent]
    ) throws -> [String: DirectiveRenderer] {
        var renderers: [String: DirectiveRenderer] = [:]
        for language in source.config.languages {
            let table = source.strings[language.code]
            let infos = Dictionary(uniqueKeysWithValues: metrics.map { ($0.id, $0.info(language: language.code)) })
            var renderer = try DirectiveRenderer(
                tables: tables, formatter: ValueFormatter(localeIdentifier: language.locale),
                lookup: { table?.values[$0] }, metrics: infos, queries: queries, runner: runner)
            renderer.language = language.code
            renderer.events = events
            renderers[language.code] = renderer
        }
        return renderers
    }
}

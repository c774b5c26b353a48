import FolioData
import FolioDiagnostics
import FolioDirectives
import FolioMarkdown
import FolioSearch

/// The tools a build renders with — Markdown engine, chart renderers per language, page
/// renderer — made once per build from its inputs and plan. Pure: it reads and writes no file, so
/// the builder may call it for every page at once on every core.
struct PageRendering: Sendable {
    let renderer: PageRenderer
    let plan: SitePlan
    private let markdown: MarkdownRenderer
    private let directives: [String: DirectiveRenderer]
    private let strings: [String: StringTable]

    /// Makes the tools every page shares (Markdown engine, chart renderers, templates, site
    /// context) once per build; `shapes` are the last build's compiled templates, if they still hold;
    /// `listings`, the listing entries `folio serve` keeps (`ListingMarkup`).
    init(
        inputs: SiteInputs, plan: SitePlan, compiledTemplates: Bool = true, shapes: TemplateShapes? = nil,
        listings: ListingMarkup? = nil
    ) throws {
        let source = inputs.source
        let metrics = inputs.metrics
        directives = try Self.directiveRenderers(
            source: source, tables: inputs.tables, metrics: metrics, queries: inputs.queries,
            runner: inputs.queryRunner,
            events: inputs.events)
        // The renderer holds no current pages: a cache keeping it must not share them (see `SiteReader`).
        renderer = PageRenderer(
            context: SiteReader(context: plan.context, current: CurrentPages(pages: []), log: nil),
            templates: inputs.templates, compiledTemplates: compiledTemplates, shapes: shapes, listings: listings)
        self.plan = plan
        var engine = MarkdownRenderer(
            allowsRawHTML: source.config.unsafeHTML,
            directiveNames: Set(DirectiveKind.allCases.map(\.rawValue)),
            reservedIDs: ["main", "toc-title", "chapters-title"]
        )
        if !metrics.isEmpty { engine.inlineNames = ["metric"] }
        markdown = engine
        strings = source.strings
    }

    /// What every page of the build shares: pages, menus, translations, configuration.
    var context: SiteContext { plan.context }

    /// The renderer reading the site as it is now, recording into `log` (nil: not recorded).
    func renderer(current: CurrentPages, log: ReadLog?) -> PageRenderer {
        renderer.reading(through: SiteReader(context: plan.context, current: current, log: log))
    }

    /// A page's file from its body, recording what its surroundings read into `log`.
    func file(of page: Page, body: CachedBody, current: CurrentPages, log: ReadLog?) -> OutputFile {
        let renderer = renderer(current: current, log: log)
        return OutputFile(
            path: SitePlan.file(of: page), contents: renderer.render(page, markdown: body.rendered))
    }

    /// One page's body: Markdown, charts, tables and `{{metric}}` values.
    /// With search on and `indexing`, also its part of the full-text index, made here on the page's core.
    func renderBody(_ page: Page, indexing: Bool = true) throws -> CachedBody {
        var body = try Self.renderBody(
            page, markdown: markdown, directive: directives[page.contentLanguage], linkStyle: context.linkStyle,
            strings: strings,
            locale: context.config.languages.first { $0.code == page.contentLanguage }?.locale)
        if indexing, context.config.search, page.fallback == nil {
            body.search = SearchBody(html: body.rendered.html, language: page.contentLanguage)
        }
        return body
    }

    /// One page's Markdown with its chart, table and KPI blocks and `{{metric}}` values.
    private static func renderBody(
        _ page: Page, markdown: MarkdownRenderer, directive: DirectiveRenderer?, linkStyle: LinkStyle,
        strings: [String: StringTable], locale: String?
    ) throws -> CachedBody {
        // A fallback page's body is its source's text: quotes, words and numbers of that language.
        let language = page.contentLanguage
        var engine = markdown
        if page.row != nil { engine.inlineNames.insert("row.") }
        let parameters = page.row?.parameters
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
                    kind, yaml: block.body, location: block.location, id: "\(block.name)-\(block.ordinal)",
                    parameters: parameters)
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
                if expression.name == "row", let row = page.row {
                    // Text for cmark's text node: it escapes `<`, `&` and quotes when it writes HTML.
                    return try RowText.value(
                        expression.arguments.joined(separator: " "), row: row, at: expression.location)
                }
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
            rendered: rendered, directives: used, metrics: shown, dataRead: dataRead, downloads: downloads)
    }

    /// One chart renderer per language: its locale's number formats and its interface words.
    private static func directiveRenderers(
        source: SiteSource, tables: [String: DataFile], metrics: [Metric], queries: NamedQueries, runner: QueryRunner,
        events: [ChartEvent]
    ) throws -> [String: DirectiveRenderer] {
        var renderers: [String: DirectiveRenderer] = [:]
        for language in source.config.languages {
            let table = source.strings[language.code]
            let infos = Dictionary(uniqueKeysWithValues: metrics.map { ($0.id, $0.info(language: language.code)) })
            var renderer = try DirectiveRenderer(
                files: tables, formatter: ValueFormatter(localeIdentifier: language.locale),
                lookup: { table?.values[$0] }, metrics: infos, queries: queries, runner: runner)
            renderer.language = language.code
            renderer.events = events
            renderers[language.code] = renderer
        }
        return renderers
    }
}

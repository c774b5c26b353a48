import FolioDiagnostics
import Foundation

/// The build pipeline in three steps: load every input (`SiteInputs`), render each page from them
/// (`PageRendering`, in parallel), then assemble the site-wide files (`SiteAssembly`) and hand
/// every file to the sink the caller passes.
///
/// Two entry points: `build(into:)` for a build that keeps nothing (`folio build`, `folio check`)
/// and `rebuild(reusing:into:)` for one that reuses the previous build's results and keeps its own
/// for the next (`folio serve`).
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
    ///
    /// The files go to a staging folder that replaces the output folder only once every file is
    /// written, so a failed build leaves the published site as it was. An output folder inside the
    /// sources is refused first (`OutputPlacement`).
    public func buildKeepingSite() async throws -> (report: BuildReport, site: RenderedSite) {
        let start = Date()
        try OutputPlacement.check(output: options.output, sourceRoot: options.sourceRoot)
        let stage = try OutputWriter(output: options.output).stage()
        let site: RenderedSite
        do {
            site = try await build(into: stage)
            try stage.commit()
        } catch {
            stage.discard()
            throw error
        }
        let files = site.files
        let pages = files.filter { $0.path.hasSuffix("index.html") }.count
        let report = BuildReport(
            pages: pages, files: files.count, seconds: Date().timeIntervalSince(start), work: site.work,
            filesWritten: files.count)
        return (report, site)
    }

    /// Renders the whole site and writes every file into `sink`, keeping nothing for a next build.
    ///
    /// Each page goes to the sink as soon as it is rendered and its bytes are let go, so writing
    /// overlaps rendering and a large site's HTML is never all in memory (285 instead of 400 MiB at
    /// 10,000 pages, BENCHMARKS.md). The returned site lists every file, pages with empty contents.
    public func build(into sink: some OutputSink) async throws -> RenderedSite {
        let inputs = try SiteInputs.load(options: options, reusing: nil, changed: nil)
        let rendering = try PageRendering(
            inputs: inputs, reuse: ReusePlan(inputs: inputs, previous: BuildCache(), keeping: false),
            compiledTemplates: options.compiledTemplates)
        let printed = PrintEdition.folders(context: rendering.context)
        let (pages, work) = try await renderPages(of: inputs, with: rendering) { outcome in
            for file in outcome.files { try sink.write(file) }
            return RenderedPage(
                page: outcome.page, file: OutputFile(path: outcome.file.path, contents: []),
                links: outcome.body.value.rendered.links, directives: outcome.body.value.directives,
                metrics: outcome.body.value.metrics, notes: outcome.body.value.rendered.notes,
                downloads: outcome.body.value.downloads.map { OutputFile(path: $0.path, contents: []) },
                body: printed.contains(outcome.page.outputPath) ? outcome.body.value.rendered : nil,
                dataRead: outcome.body.value.dataRead)
        }
        return try finish(pages, work: work, inputs: inputs, rendering: rendering, into: sink)
    }

    /// Renders the site, reusing from `previous` every page body and every page whose inputs are
    /// unchanged (see `BuildCache`), and writes every file into `sink`; returns the site and the
    /// cache for the next build. With `options.reuse` off, `previous` is ignored and everything is
    /// rendered again, so a warm build can be told apart from a cold one when hunting a bug.
    public func rebuild(reusing previous: BuildCache, into sink: some OutputSink) async throws
        -> (site: RenderedSite, cache: BuildCache)
    {
        let (site, cache, _) = try await rebuildKeepingInputs(reusing: previous, changed: nil, into: sink)
        return (site, cache)
    }

    /// `rebuild(reusing:into:)`, trusting every file not named in `changed` (paths relative to the
    /// source folder; nil trusts none) to be as `previous` read it, so that only the named files
    /// are read; also returns the build's inputs and page renderer, which the session keeps to
    /// apply edits of page text to (`SettledBuild`).
    func rebuildKeepingInputs(reusing previous: BuildCache, changed: Set<String>?, into sink: some OutputSink)
        async throws -> (site: RenderedSite, cache: BuildCache, kept: (inputs: SiteInputs, rendering: PageRendering))
    {
        let cacheOptions = CacheOptions(includeDrafts: options.includeDrafts, baseURL: options.baseURL)
        let old = options.reuse && previous.options == cacheOptions ? previous : BuildCache()
        let inputs = try SiteInputs.load(options: options, reusing: old, changed: changed)
        let reuse = ReusePlan(inputs: inputs, previous: old)
        let rendering = try PageRendering(inputs: inputs, reuse: reuse, compiledTemplates: options.compiledTemplates)
        let (outcomes, work) = try await renderPages(of: inputs, with: rendering) { outcome in
            for file in outcome.files { try sink.write(file) }
            return outcome
        }
        var next = BuildCache()
        next.options = cacheOptions
        next.pages = inputs.pageFiles
        next.environment = reuse.environment
        next.tables = inputs.readableTables
        next.queryRunner = inputs.queryRunner
        next.dataFiles = inputs.dataFiles
        next.shellInputs = reuse.shellInputs
        for outcome in outcomes {
            next.bodies[outcome.file.path] = outcome.body
            next.shells[outcome.file.path] = outcome.shell
        }
        let pages = outcomes.map {
            RenderedPage(
                page: $0.page, file: $0.file, links: $0.body.value.rendered.links,
                directives: $0.body.value.directives, metrics: $0.body.value.metrics,
                notes: $0.body.value.rendered.notes, downloads: $0.body.value.downloads, body: $0.body.value.rendered,
                dataRead: $0.body.value.dataRead)
        }
        let site = try finish(pages, work: work, inputs: inputs, rendering: rendering, into: sink)
        return (site, next, (inputs, rendering))
    }

    /// Renders every authored page on every core, passing each result through `keep` as soon as it
    /// is ready (where it is written, and what of it is kept is decided); returns the kept values
    /// in page order. Every page is tried, so one run reports every page that fails.
    private func renderPages<Kept: Sendable>(
        of inputs: SiteInputs, with rendering: PageRendering,
        keeping keep: @escaping @Sendable (PageOutcome) throws -> Kept
    ) async throws -> (kept: [Kept], work: BuildWork) {
        let authored = inputs.source.pages.filter { !Glossary.isGlossary($0) } + rendering.context.fallbacks
        typealias Result = Swift.Result<(kept: Kept, bodyReused: Bool, shellReused: Bool), DiagnosticList>
        let slots = authored.concurrentMap { page -> Result in
            do {
                let outcome = try rendering.render(page)
                return .success((try keep(outcome), outcome.bodyReused, outcome.shellReused))
            } catch {
                return .failure(DiagnosticList(flattening: error, at: SourceLocation(path: page.sourcePath)))
            }
        }
        var kept: [Kept] = []
        kept.reserveCapacity(slots.count)
        var problems: [Diagnostic] = []
        // A fallback page renders its source's text, so it fails as its source does: say it once.
        var reported: Set<Diagnostic> = []
        var work = BuildWork()
        for result in slots {
            switch result {
            case let .success(page):
                kept.append(page.kept)
                if page.bodyReused { work.bodiesReused += 1 } else { work.bodiesRendered += 1 }
                if page.shellReused { work.pagesReused += 1 } else { work.pagesRendered += 1 }
            case let .failure(list): problems += list.diagnostics.filter { reported.insert($0).inserted }
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return (kept, work)
    }

    /// The third step: the glossary, the print editions and the site-wide files, written into `sink` after the pages
    /// (a path already written by a page is not written again), and the rendered site.
    private func finish(
        _ authored: [RenderedPage], work: BuildWork, inputs: SiteInputs, rendering: PageRendering,
        into sink: some OutputSink
    ) throws -> RenderedSite {
        var work = work
        work.queriesRun = inputs.queryRunner.ran
        let authoredFiles = authored.flatMap { [$0.file] + $0.downloads }
        var written = Set(authoredFiles.map(\.path))
        // Fallback pages are written, but are not what the author wrote in that language: the
        // glossary and `folio check` see the source page only.
        let own = authored.filter { $0.page.fallback == nil }
        let glossary = SiteAssembly.glossaryPages(inputs: inputs, rendering: rendering, usage: own)
        work.pagesRendered += glossary.count
        let pages = own + glossary
        let editions = SiteAssembly.printEditions(inputs: inputs, rendering: rendering, pages: pages)
        work.pagesRendered += editions.count
        var files = authoredFiles + glossary.map(\.file) + editions
        files.append(contentsOf: SiteAssembly.siteFiles(inputs: inputs, rendering: rendering))
        for file in files.dropFirst(authoredFiles.count) {
            guard written.insert(file.path).inserted else { continue }
            try sink.write(file)
        }
        return RenderedSite(
            files: files, pages: pages, dataFiles: inputs.tables.keys.sorted(), queries: inputs.queries.names,
            queryReads: Dictionary(
                uniqueKeysWithValues: inputs.queries.names.map { ($0, inputs.queries.sources(of: $0)) }),
            tables: inputs.tables,
            metrics: inputs.metrics, source: inputs.source, work: work,
            printEditions: PrintEditionFile.all(source: inputs.source))
    }
}

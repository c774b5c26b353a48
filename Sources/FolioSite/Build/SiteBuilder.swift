import FolioDiagnostics
import Foundation

/// Builds a site: load the inputs, plan the outputs, render each from the inputs it reads
/// (recording them), assemble the site-wide outputs, write every file to a sink (`SiteBuild`).
///
/// `build(into:)` keeps nothing (`folio build`, `folio check`); `rebuild(reusing:into:)` is the
/// same path given the last build's cache, rendering again only what read a changed input, and
/// returns its own cache for the next (`folio serve`).
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
        let inputs = try SiteInputs.load(options: options, reusing: nil, keeping: false)
        let update = InputUpdate(
            inputs: inputs, current: CurrentPages(pages: inputs.source.pages), candidates: nil, replan: true,
            pagesOnly: false)
        var build = SiteBuild(update: update, previous: BuildCache(), keeping: false, options: options)
        return site(try await build.run(into: sink), inputs: update)
    }

    /// Renders the site, reusing from `previous` every body and output whose recorded inputs are
    /// unchanged, and writes the files it renders into `sink`; returns the site and the cache for
    /// the next build. With `options.reuse` off, `previous` is ignored and everything is rendered
    /// again, so a warm build can be told apart from a cold one when hunting a bug.
    public func rebuild(reusing previous: BuildCache, into sink: some OutputSink) async throws
        -> (site: RenderedSite, cache: BuildCache)
    {
        var previous = previous
        let (outcome, update) = try await rebuild(reusing: &previous, changed: nil, into: sink)
        return (site(outcome, inputs: update), outcome.cache)
    }

    /// `rebuild(reusing:into:)`, trusting every file not named in `changed` (paths relative to the
    /// source folder; nil trusts none) to be as `previous` read it, so that only the named files
    /// are read. `previous` is moved into the build, so that what it keeps is updated without
    /// copies; when the build fails, it is put back as it was. `defers`: leave the print editions
    /// and search pages a change reaches stale, for `makeDeferred` (`SiteAssembly.Deferral`).
    func rebuild(
        reusing previous: inout BuildCache, changed: Set<String>?, defers: Bool = false, into sink: some OutputSink
    ) async throws -> (outcome: SiteBuild.Outcome, update: InputUpdate) {
        let cacheOptions = CacheOptions(includeDrafts: options.includeDrafts, baseURL: options.baseURL)
        if !options.reuse || previous.options != cacheOptions { previous = BuildCache() }
        let update = try InputUpdate.load(options: options, previous: &previous, changed: changed)
        var build = SiteBuild(
            update: update, previous: previous, keeping: true, options: options, deferral: defers ? .deferring : .none)
        previous = BuildCache()
        do {
            let outcome = try await build.run(into: sink)
            Self.letGo(of: consume build)
            return (outcome, update)
        } catch {
            // The build throws before it moves anything out of the last cache (rendering is all
            // done by then), so that cache is whole again with its pages back.
            previous = build.previous
            update.restore(into: &previous)
            throw error
        }
    }

    /// Lets go of what a build held of the last one (its plan and rendering) on another thread, so the
    /// save's reload does not wait for it: the last plan's dictionaries of 20,000 pages, copied on
    /// write by an in-place update, took 7 % of a one-row edit to free (perf, bench/pages-from-data).
    private static func letGo(of build: consuming SiteBuild) {
        Task.detached(priority: .background) { [build = consume build] in withExtendedLifetime(build) {} }
    }

    /// Makes the outputs `cache` left stale that `ids` names (`print:sv`, `search:ro`), as the
    /// build that left them would have, writing their files into `sink` (`SiteAssembly.Deferral`).
    func makeDeferred(_ ids: Set<String>, cache: inout BuildCache, into sink: some OutputSink) throws {
        try SiteAssembly.makeDeferred(ids, cache: &cache, into: sink)
    }

    /// The rendered site as `folio check` and `folio pdf` read it.
    private func site(_ outcome: SiteBuild.Outcome, inputs update: InputUpdate) -> RenderedSite {
        var inputs = update.inputs
        inputs.source.pages = update.current.pages
        return RenderedSite(
            files: outcome.files.map { OutputFile(path: $0, contents: []) }, pages: outcome.pages,
            dataFiles: inputs.tables.keys.sorted(), queries: inputs.queries.names,
            queryReads: Dictionary(
                uniqueKeysWithValues: inputs.queries.names.map { ($0, inputs.queries.sources(of: $0)) }),
            tables: inputs.tables, streamedDataFiles: inputs.tables.filter { !$0.value.isHeld }.keys.sorted(),
            metrics: inputs.metrics, source: inputs.source, work: outcome.work,
            printEditions: PrintEditionFile.all(source: inputs.source))
    }
}

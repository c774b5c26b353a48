import FolioDiagnostics

/// The one build path: inputs → plan → render each output from the inputs it reads, recording
/// them → assemble the site-wide outputs → hand every file to a sink.
///
/// With an empty `previous` every output renders: a cold build. With the last build's cache, an
/// output renders again only when a key it recorded has a different value now (`changed`), or it
/// is new; a body likewise. Nothing of the last build is changed: the result is a new cache.
struct SiteBuild: Sendable {
    let update: InputUpdate
    /// The last build's cache; its records are moved into the next one as the build goes.
    var previous: BuildCache
    /// Keep what the next build needs (records, bodies); off for `folio build` and `folio check`.
    let keeping: Bool
    let options: BuildOptions
    /// Whether the print editions and search pages a change reaches are left stale for `folio
    /// serve` to make when asked (`SiteAssembly.Deferral`).
    var deferral: SiteAssembly.Deferral = .none

    /// A page written through the page template, after this build.
    struct PageResult: Sendable {
        var page: Page
        var path: String
        var body: Shared<CachedBody>
        var bodyRendered: Bool
        var bodyChanged: Bool
        /// Nil when the last build's file is still right.
        var reads: Set<InputKey>?
        var rendered: Bool
    }

    /// What a build did: the cache for the next one, the files no longer made, the work, and
    /// (without a cache to read them from) the rendered pages.
    struct Outcome: Sendable {
        var cache: BuildCache
        var removed: [String]
        var work: BuildWork
        /// Without a cache: the rendered pages and glossaries (`RenderedSite.pages`).
        var pages: [RenderedPage]
        /// Every file of a cold build; empty otherwise.
        var files: [String]
        var pageCount: Int
    }

    /// Plans (or keeps the last plan), renders what changed and assembles the site-wide outputs,
    /// writing every file it makes into `sink`.
    mutating func run(into sink: some OutputSink) async throws -> Outcome {
        let inputs = update.inputs
        let cold = previous.plan == nil
        let plan: SitePlan
        var plannedKeys: Set<InputKey>?
        if !update.replan, let kept = previous.plan {
            plan = kept
        } else if update.known, let updated = previous.plan?.updating(update.edits) {
            (plan, plannedKeys) = (updated.plan, updated.keys)
        } else {
            var full = inputs
            full.source.pages = update.current.pages
            plan = try SitePlan(source: full.source, stylesheetName: inputs.stylesheet.fileName)
        }
        let rendering: PageRendering
        if update.pagesOnly, let kept = previous.rendering {
            rendering = kept
        } else {
            rendering = try PageRendering(
                inputs: inputs, plan: plan, compiledTemplates: options.compiledTemplates, shapes: keptShapes,
                listings: keeping ? previous.rendering?.renderer.listings ?? ListingMarkup() : nil)
        }
        var changes = Changes(
            keys: cold ? [] : changedKeys(plan: plan, planned: plannedKeys), all: cold,
            replanned: update.replan || cold,
            pagesMoved: cold || update.candidates == nil,
            updatedPages: plannedKeys == nil ? nil : Set(update.edits.map(\.new.outputPath)))
        // A new plan may list pages differently; the glossary lists pages by title.
        if changes.replanned { changes.keys.insert(.metricUsage) }
        var (results, pages) = try await renderPages(plan: plan, rendering: rendering, changes: changes, into: sink)
        var next = takeCache(plan: plan, rendering: rendering)
        var work = BuildWork()
        var removed: [String] = []
        record(results, into: &next, changes: &changes, work: &work, removed: &removed)
        if changes.pagesMoved && !cold {
            removed += removeOutputs(of: plan, from: &next, bodies: &changes.removedBodies)
        }
        var assembly = SiteAssembly(
            plan: plan, rendering: rendering, inputs: inputs, current: update.current, keeping: keeping,
            changes: changes, pages: keeping ? nil : pages, deferral: keeping ? deferral : .none)
        // The assembly holds the pages alone, so the printed bodies go once the editions are made.
        if !keeping { pages = [] }
        let site = try assembly.run(next: &next, work: &work, into: sink)
        removed += site.removed
        work.searchPagesMerged = site.searchPagesMerged
        work.queriesRun = inputs.queryRunner.ran
        work.bodiesReused = plan.pages.count - work.bodiesRendered
        let pageCount = plan.pages.count + site.pageFiles + 1
        work.pagesReused = max(0, pageCount - 1 - work.pagesRendered)
        return Outcome(
            cache: next, removed: removed, work: work, pages: (assembly.pages ?? pages) + site.glossaries,
            files: changes.all ? results.flatMap { [$0.path] + $0.body.value.downloads.map(\.path) } + site.files : [],
            pageCount: pageCount)
    }

    /// The last build's compiled templates, when the templates and interface strings they were
    /// compiled from (and the configuration) are the same now: a home listing every chapter is a shape of its own, compiled
    /// only when it comes again, so a title edit would otherwise render it with swift-mustache each time.
    private var keptShapes: TemplateShapes? {
        guard let kept = previous.rendering else { return nil }
        if update.known { return kept.renderer.shapes }
        guard let last = previous.inputs, last.templates.sources == update.inputs.templates.sources,
            last.source.strings == update.inputs.source.strings, last.source.config == update.inputs.source.config
        else { return nil }
        return kept.renderer.shapes
    }

    /// The keys whose values differ between the last build and this one, among those the update
    /// names (or all the last build recorded); `planned`: the planned keys an updated plan may have
    /// changed (`SitePlan.updating`).
    private func changedKeys(plan: SitePlan, planned: Set<InputKey>?) -> Set<InputKey> {
        var changed = update.known ? update.candidates ?? [] : []
        // An updated plan comes from a front-matter edit: the headers differ.
        if planned != nil { changed.insert(.headers) }
        let candidates: [InputKey]
        switch (update.candidates, update.known, update.replan) {
        case (_, true, false): return changed
        case (_, true, true):
            // Front matter changed: the plan's keys too, but no other page's text and no data.
            candidates = planned.map(Array.init) ?? previous.outputReaders.keys.filter(\.isPlanned)
        case let (named?, false, false): candidates = Array(named)
        default:
            candidates = Array(Set(previous.bodyReaders.keys).union(previous.outputReaders.keys)) + InputKey.sitewide
        }
        let now = KeyValues(inputs: update.inputs, current: update.current, plan: plan)
        let then = KeyValues(
            inputs: previous.inputs ?? update.inputs, current: previous.current, plan: previous.plan ?? plan)
        for key in candidates where !changed.contains(key) && !then.same(key, as: now) { changed.insert(key) }
        return changed
    }
}

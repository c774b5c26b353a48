import FolioMarkdown

/// The site-wide outputs whose size grows with the site, each language's print edition and search
/// page (the subject index), which `folio serve` makes when they are asked for rather than on
/// every save: a one-row edit at 10,000 rows spent 60 % of its 300 ms putting together, hashing
/// and writing 62 MB of print editions, and a title save 30 % wrapping an 8.8 MB search page
/// (BENCHMARKS.md). A save that reaches one leaves it stale (`BuildCache.deferred`), its last
/// record and kept parts as they were; the server makes it, on the one build path, when a request
/// needs its file, and before it stops, so the output folder ends as `folio build` writes it.
extension SiteAssembly {
    /// What the assembly does with a print edition or search page a change reached.
    enum Deferral: Sendable {
        /// Makes it now: `folio build`, `folio check`, and a session that defers nothing.
        case none
        /// Leaves it stale, when it wrote the same file last time (a first build, or one that
        /// moves the file, makes it now).
        case deferring
        /// Makes exactly these outputs (ids: `print:sv`, `search:ro`), asked for by `folio serve`.
        case making(Set<String>)
    }

    /// Whether output `id`, which writes `path`, is left stale by this build (and is recorded so).
    func defers(_ id: String, path: String, next: inout BuildCache) -> Bool {
        guard case .deferring = deferral, next.records[id]?.files == [path] else { return false }
        next.deferred[id] = path
        return true
    }

    /// Makes the stale outputs `ids` names from the last build's cache, as that build would have
    /// made them, and writes them into `sink`; they are stale no more. Outputs the plan no longer
    /// makes are dropped.
    static func makeDeferred(_ ids: Set<String>, cache: inout BuildCache, into sink: some OutputSink) throws {
        guard let plan = cache.plan, let rendering = cache.rendering, let inputs = cache.inputs else {
            cache.deferred = [:]
            return
        }
        var assembly = SiteAssembly(
            plan: plan, rendering: rendering, inputs: inputs, current: cache.current, keeping: true,
            changes: SiteBuild.Changes(keys: [], all: false, replanned: false, pagesMoved: false), pages: nil,
            deferral: .making(ids))
        // The glossaries' bodies as the build that made them left them in the cache.
        var glossaries: [[String]: RenderedMarkdown] = [:]
        for page in plan.glossaries where !plan.claimed.contains(page.outputPath) {
            glossaries[page.outputPath] = cache.bodies[SitePlan.file(of: page)]?.value.rendered
        }
        var known = SearchInputs()
        for (folder, body) in glossaries { known.headings[folder] = body.headings }
        var work = BuildWork()
        var result = Result()
        for language in inputs.source.config.languages {
            if ids.contains("print:" + language.code) {
                try assembly.printEdition(
                    language, chapters: glossaries.mapValues(ChapterBody.rendered), next: &cache, work: &work,
                    result: &result, into: sink)
            }
            if ids.contains("search:" + language.code) {
                _ = try assembly.searchPage(
                    language, known: known, next: &cache, work: &work, result: &result, into: sink)
            }
        }
        // Those the plan no longer makes (their language gone, or a page at their folder).
        for id in ids { cache.deferred[id] = nil }
    }
}

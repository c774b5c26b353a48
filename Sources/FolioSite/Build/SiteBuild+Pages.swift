import FolioDiagnostics
import FolioMarkdown
import FolioSearch

extension SiteBuild {
    /// The keys that changed since the last build, as the outputs and bodies test their records
    /// against them.
    struct Changes: Sendable {
        var keys: Set<InputKey>
        /// Everything is new: a cold build.
        var all: Bool
        /// The site was planned again (front matter changed, or more).
        var replanned: Bool
        /// Pages may have come or gone (the inputs were loaded again, or this is a cold build).
        var pagesMoved: Bool
        /// When the plan was updated in place (`SitePlan.updating`) rather than made again: the
        /// edited pages, by output folder; every other page kept its place, title and front matter.
        var updatedPages: Set<[String]>? = nil
        /// The bodies this build rendered again and changed, as the last build kept them, by page
        /// folder: the full-text index makes an edited page's old words again from their HTML.
        var replacedBodies: [[String]: Shared<CachedBody>] = [:]
        /// The bodies of the pages this build removed, as the last build kept them, by file.
        var removedBodies: [String: Shared<CachedBody>] = [:]

        func touch(_ reads: Set<InputKey>) -> Bool {
            all || !keys.isDisjoint(with: reads)
        }

        var everyBody: Bool { all || !keys.isDisjoint(with: InputKey.everyBodyReads) }
        var everyOutput: Bool { all || !keys.isDisjoint(with: InputKey.everyOutputReads) }
    }

    /// Renders the pages whose body or file the changes reach (every page in a cold build or
    /// after planning again: new pages have no record) on every core, each file going to `sink`
    /// as soon as it is made. Every page is tried, so one run reports every page that fails.
    func renderPages(plan: SitePlan, rendering: PageRendering, changes: Changes, into sink: some OutputSink)
        async throws -> (results: [PageResult], pages: [RenderedPage])
    {
        let bodies = changes.everyBody ? nil : readers(of: changes.keys, in: previous.bodyReaders)
        let outputs = changes.everyOutput ? nil : readers(of: changes.keys, in: previous.outputReaders)
        let work: [Page]
        if changes.pagesMoved || bodies == nil || outputs == nil {
            work = plan.pages
        } else {
            let paths = (bodies ?? []).union(outputs ?? [])
            work = paths.compactMap { plan.position[$0] }.sorted().map { plan.pages[$0] }
        }
        let keeping = keeping
        typealias Slot = Result<(PageResult, RenderedPage?), DiagnosticList>
        var slots: [Slot?] = work.concurrentMap { planned in
            do {
                let result = try renderPage(planned, rendering: rendering, bodies: bodies, outputs: outputs, into: sink)
                let rendered =
                    changes.all ? Self.renderedPage(result, printed: plan.printed, packing: !keeping) : nil
                return .success((keeping ? result : Self.lettingBodyGo(result), rendered))
            } catch {
                return .failure(DiagnosticList(flattening: error, at: SourceLocation(path: planned.sourcePath)))
            }
        }
        var results: [PageResult] = []
        var pages: [RenderedPage] = []
        results.reserveCapacity(slots.count)
        var problems: [Diagnostic] = []
        // A fallback page renders its source's text, so it fails as its source does: say it once.
        var reported: Set<Diagnostic> = []
        for index in slots.indices {
            guard let slot = slots[index].take() else { continue }
            switch slot {
            case let .success((result, rendered)):
                results.append(result)
                if let rendered, result.page.fallback == nil { pages.append(rendered) }
            case let .failure(list): problems += list.diagnostics.filter { reported.insert($0).inserted }
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return (results, pages)
    }

    /// One page: its body (reused unless `bodies` names it; nil names all) and its file
    /// (rendered when `outputs` names it or its body changed), each file going to `sink`.
    private func renderPage(
        _ planned: Page, rendering: PageRendering, bodies: Set<String>?, outputs: Set<String>?,
        into sink: some OutputSink
    ) throws -> PageResult {
        let path = SitePlan.file(of: planned)
        let page = update.current.resolve(planned)
        let old = previous.bodies[path]
        let renderBody = old == nil || bodies.map { $0.contains(path) } ?? true
        // A body rendered now is written from as it is, and kept packed (`CachedBody.packed`).
        var fresh: CachedBody?
        let body: Shared<CachedBody>
        if let old, !renderBody {
            body = old
        } else {
            // A kept body's part of the full-text index is made where the index merges it (`SearchIndex.merge`).
            let rendered = try rendering.renderBody(page, indexing: !keeping)
            fresh = rendered
            body = Shared(keeping ? rendered.packed(against: page) : rendered)
        }
        let bodyChanged = renderBody && !(old.map { body.value.sameResult(as: $0.value) } ?? false)
        var result = PageResult(
            page: page, path: path, body: body, bodyRendered: renderBody, bodyChanged: bodyChanged, reads: nil,
            rendered: false)
        if bodyChanged || previous.records[path] == nil || outputs.map({ $0.contains(path) }) ?? true {
            let log = keeping ? ReadLog() : nil
            try sink.write(rendering.file(of: page, body: fresh ?? body.value, current: update.current, log: log))
            result.rendered = true
            if var reads = log?.keys {
                reads.insert(.source(page.fallback?.outputPath ?? page.outputPath))
                result.reads = reads
            }
        }
        if renderBody { for file in body.value.downloads { try sink.write(file) } }
        return result
    }

    /// `result` without its body's HTML, which a build that keeps nothing lets go once the page is
    /// written (a print edition's page holds it in its `RenderedPage`); the glossary needs its metrics.
    private static func lettingBodyGo(_ result: PageResult) -> PageResult {
        var result = result
        let body = result.body.value
        result.body = Shared(
            CachedBody(
                rendered: RenderedMarkdown(html: "", headings: [], links: []), directives: [], metrics: body.metrics,
                dataRead: [], downloads: body.downloads.map { OutputFile(path: $0.path, contents: []) }))
        return result
    }

    /// What `folio check` and the glossary read of a page: its links, blocks, metrics; its body
    /// only when a print edition holds it, packed (`packing`; a build that keeps bodies has packed
    /// them already) until the edition is made: 10,000 pages from data are 57 MB of HTML, half
    /// that packed (bench/pages-from-data).
    private static func renderedPage(_ result: PageResult, printed: Set<[String]>, packing: Bool) -> RenderedPage {
        let body = result.body.value
        var held: Shared<CachedBody>?
        if printed.contains(result.page.outputPath) {
            held = packing ? Shared(body.packed(against: result.page)) : result.body
        }
        return RenderedPage(
            page: result.page, file: OutputFile(path: result.path, contents: []), links: body.links,
            directives: body.directives, metrics: body.metrics, notes: body.notes,
            downloads: body.downloads.map { OutputFile(path: $0.path, contents: []) },
            body: held.map(ChapterBody.cached), headings: body.headings,
            search: body.search, dataRead: body.dataRead)
    }

    /// Everything in `index` that read one of `keys`.
    func readers(of keys: Set<InputKey>, in index: [InputKey: Set<String>]) -> Set<String> {
        var found: Set<String> = []
        for key in keys { if let readers = index[key] { found.formUnion(readers) } }
        return found
    }
}

import FolioDiagnostics

extension SiteBuild {
    /// The keys that changed since the last build, as the outputs and bodies test their records
    /// against them.
    struct Changes: Sendable {
        var keys: Set<InputKey>
        /// Everything is new: a cold build.
        var all: Bool
        /// The site was planned again, so outputs may have come or gone.
        var replanned: Bool

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
        if changes.replanned || bodies == nil || outputs == nil {
            work = plan.pages
        } else {
            let paths = (bodies ?? []).union(outputs ?? [])
            work = paths.compactMap { plan.position[$0] }.sorted().map { plan.pages[$0] }
        }
        let current = update.current
        let keeping = keeping
        let previous = previous
        let cold = !keeping && changes.all
        typealias Slot = Result<(PageResult, RenderedPage?), DiagnosticList>
        var slots = await withTaskGroup(of: (Int, Slot).self) { group in
            for (index, planned) in work.enumerated() {
                group.addTask {
                    let path = SitePlan.file(of: planned)
                    let page = current.resolve(planned)
                    do {
                        let old = previous.bodies[path]
                        let renderBody = old == nil || bodies.map { $0.contains(path) } ?? true
                        let body = try renderBody ? rendering.renderBody(page) : old ?? rendering.renderBody(page)
                        let bodyChanged = renderBody && !(old.map { body.value.sameResult(as: $0.value) } ?? false)
                        var result = PageResult(
                            page: page, path: path, body: body, bodyRendered: renderBody, bodyChanged: bodyChanged,
                            reads: nil, rendered: false)
                        if bodyChanged || previous.records[path] == nil || outputs.map({ $0.contains(path) }) ?? true {
                            let log = keeping ? ReadLog() : nil
                            let file = rendering.file(of: page, body: body.value, current: current, log: log)
                            try sink.write(file)
                            result.rendered = true
                            if var reads = log?.keys {
                                reads.insert(.source(page.fallback?.outputPath ?? page.outputPath))
                                result.reads = reads
                            }
                        }
                        if renderBody { for file in body.value.downloads { try sink.write(file) } }
                        let rendered = cold || changes.all ? Self.renderedPage(result, printed: plan.printed) : nil
                        if cold && !plan.printed.contains(page.outputPath) {
                            // A build that keeps nothing lets the body go once written; the glossary needs its metrics.
                            result.body = Shared(
                                CachedBody(
                                    rendered: .init(html: "", headings: [], links: []), directives: [],
                                    metrics: body.value.metrics, dataRead: [],
                                    downloads: body.value.downloads.map { OutputFile(path: $0.path, contents: []) }))
                        }
                        return (index, .success((result, rendered)))
                    } catch {
                        return (
                            index,
                            .failure(DiagnosticList(flattening: error, at: SourceLocation(path: page.sourcePath)))
                        )
                    }
                }
            }
            // Each result goes straight to its page's slot: sorting and mapping 10,000 large results
            // copied each twice on one core while the other had nothing left to do.
            var slots = [Slot?](repeating: nil, count: work.count)
            for await (index, result) in group { slots[index] = result }
            return slots
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

    /// What `folio check` and the glossary read of a page: its links, blocks, metrics; its body
    /// only when a print edition holds it.
    private static func renderedPage(_ result: PageResult, printed: Set<[String]>) -> RenderedPage {
        let body = result.body.value
        return RenderedPage(
            page: result.page, file: OutputFile(path: result.path, contents: []), links: body.rendered.links,
            directives: body.directives, metrics: body.metrics, notes: body.rendered.notes,
            downloads: body.downloads.map { OutputFile(path: $0.path, contents: []) },
            body: printed.contains(result.page.outputPath) ? body.rendered : nil, dataRead: body.dataRead)
    }

    /// Everything in `index` that read one of `keys`.
    func readers(of keys: Set<InputKey>, in index: [InputKey: Set<String>]) -> Set<String> {
        var found: Set<String> = []
        for key in keys { if let readers = index[key] { found.formUnion(readers) } }
        return found
    }
}

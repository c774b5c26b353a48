extension SiteBuild {
    /// The start of the next build's cache: this build's inputs and plan, and the last build's
    /// bodies, records and indexes, moved out of `previous` so that updating them copies nothing.
    mutating func takeCache(plan: SitePlan, rendering: PageRendering) -> BuildCache {
        var next = BuildCache()
        guard keeping else { return next }
        next.options = CacheOptions(includeDrafts: options.includeDrafts, baseURL: options.baseURL)
        var inputs = update.inputs
        inputs.source.pages = []
        next.inputs = inputs
        next.current = update.current
        next.plan = plan
        next.rendering = rendering
        swap(&next.bodies, &previous.bodies)
        swap(&next.records, &previous.records)
        swap(&next.bodyReaders, &previous.bodyReaders)
        swap(&next.outputReaders, &previous.outputReaders)
        swap(&next.searchIndexes, &previous.searchIndexes)
        swap(&next.printSections, &previous.printSections)
        swap(&next.searchFolders, &previous.searchFolders)
        swap(&next.subjectIndexes, &previous.subjectIndexes)
        swap(&next.deferred, &previous.deferred)
        if update.candidates == nil || previous.sourceIndex.isEmpty {
            next.sourceIndex = Dictionary(
                update.current.pages.enumerated().map { ($1.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
        } else {
            swap(&next.sourceIndex, &previous.sourceIndex)
        }
        return next
    }

    /// Puts this build's pages in `next` — bodies, records, the readers of each key — and adds to
    /// `changes` what the new bodies changed (the print edition and the glossary read those).
    func record(
        _ results: [PageResult], into next: inout BuildCache, changes: inout Changes, work: inout BuildWork,
        removed: inout [String]
    ) {
        for result in results {
            let page = result.page
            let old = next.bodies[result.path]
            if result.bodyRendered {
                work.bodiesRendered += 1
                let kept = Set(result.body.value.downloads.map(\.path))
                removed += (old?.value.downloads ?? []).map(\.path).filter { !kept.contains($0) }
            }
            if result.bodyChanged {
                changes.keys.insert(.renderedBody(page.outputPath))
                if old?.value.headings != result.body.value.headings {
                    changes.keys.insert(.headings(page.outputPath))
                }
                if old?.value.metrics != result.body.value.metrics { changes.keys.insert(.metricUsage) }
            }
            if result.rendered { work.pagesRendered += 1 }
            guard keeping else { continue }
            if result.bodyChanged, let old { changes.replacedBodies[page.outputPath] = old }
            if result.bodyRendered {
                if let old { next.bodyReaders.remove(result.path, from: old.value.reads(of: page)) }
                next.bodyReaders.add(result.path, to: result.body.value.reads(of: page))
                next.bodies[result.path] = result.body
            }
            if let reads = result.reads {
                let files = [result.path] + result.body.value.downloads.map(\.path)
                next.record(result.path, OutputRecord(reads: reads, files: files))
            }
        }
    }

    /// The files of the outputs the last build made and this one's plan does not (pages deleted
    /// or moved), whose records go too; their bodies go to `bodies` when the cache is kept (the
    /// full-text index takes a removed page's words out, made again from its HTML).
    func removeOutputs(
        of plan: SitePlan, from next: inout BuildCache, bodies: inout [String: Shared<CachedBody>]
    ) -> [String] {
        var removed: [String] = []
        for (id, record) in next.records where !plan.makes(id) {
            removed += record.files
            if keeping, let body = next.bodies[id] { bodies[id] = body }
            next.records[id] = nil
            next.bodies[id] = nil
            next.deferred[id] = nil
        }
        return removed
    }
}

extension BuildCache {
    /// Keeps `record` for the output `id`, and the readers of its keys.
    mutating func record(_ id: String, _ record: OutputRecord) {
        // An output read what it read last time (the usual case, and thousands of keys for a
        // search index): its readers stay as they are.
        if let old = records[id], old.reads == record.reads {
            records[id] = record
            return
        }
        if let old = records[id] { outputReaders.remove(id, from: old.reads) }
        outputReaders.add(id, to: record.reads)
        records[id] = record
    }
}

extension Dictionary where Key == InputKey, Value == Set<String> {
    mutating func add(_ id: String, to keys: Set<InputKey>) {
        for key in keys { self[key, default: []].insert(id) }
    }

    mutating func remove(_ id: String, from keys: Set<InputKey>) {
        for key in keys { self[key]?.remove(id) }
    }
}

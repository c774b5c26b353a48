import FolioMarkdown
import FolioSearch

extension SiteAssembly {
    /// What the search pages are made from: each page's headings and, for full-text search, its
    /// text by section; from this build's pages, or from the cache for pages not rendered again.
    struct SearchInputs {
        var headings: [[String]: [Heading]] = [:]
        var bodies: [[String]: SearchBody] = [:]
        /// The glossaries' HTML: indexed only when a full-text index is merged.
        var glossaries: [[String]: String] = [:]
    }

    /// Each language's search page, the subject index of its pages' headings, the glossary's
    /// metrics and the `index:` terms (see `SubjectIndex`); and with `search: true` its full-text
    /// index files. Two outputs with their own records: the page reads every page's place and
    /// front matter (`headers`) and headings, the index every body it lists (`renderedBody`), so a
    /// text edit that leaves the headings alone merges the index again but does not sort the subject
    /// index.
    mutating func searchPages(
        glossaries: [[String]: RenderedMarkdown], next: inout BuildCache, work: inout BuildWork, result: inout Result,
        into sink: some OutputSink
    ) throws {
        var known = SearchInputs()
        for page in pages ?? [] {
            known.headings[page.page.outputPath] = page.headings
            if let search = page.search { known.bodies[page.page.outputPath] = search }
        }
        for (folder, body) in glossaries {
            known.headings[folder] = body.headings
            known.glossaries[folder] = body.html
        }
        var fresh = freshIndexes(known: known, next: next)
        for language in inputs.source.config.languages {
            let folder = SubjectIndex.outputPath(language: language.code, strings: inputs.source.strings[language.code])
            guard !plan.claimed.contains(folder), let strings = inputs.source.strings[language.code] else { continue }
            let path = (folder + ["index.html"]).joined(separator: "/")
            result.files.append(path)
            result.pageFiles += 1
            let id = "search:" + language.code
            if let log = dirty(id, next: next) {
                try searchPage(language, strings: strings, at: folder, known: known, next: next, log: log, into: sink)
                work.pagesRendered += 1
                if keeping { next.record(id, OutputRecord(reads: log.keys, files: [path])) }
            }
            try fullTextFiles(
                language.code, fresh: fresh.removeValue(forKey: language.code), known: known, next: &next,
                result: &result, into: sink)
        }
    }

    /// One language's search page, written to `sink`.
    private func searchPage(
        _ language: Language, strings: StringTable, at folder: [String], known: SearchInputs, next: BuildCache,
        log: ReadLog, into sink: some OutputSink
    ) throws {
        log.insert(.headers)
        let indexed = listed(language.code).map { page -> (page: Page, headings: [Heading]) in
            log.insert(.headings(page.outputPath))
            let cached = next.bodies[SitePlan.file(of: page)]?.value.headings
            return (page, known.headings[page.outputPath] ?? cached ?? [])
        }
        let entries = SubjectIndex.entries(pages: indexed, locale: language.locale)
        let content = SubjectIndex.html(
            SubjectIndex.letters(entries, locale: language.locale), at: folder, strings: strings,
            linkStyle: plan.context.linkStyle)
        let renderer = rendering.renderer(current: current, log: log)
        let path = (folder + ["index.html"]).joined(separator: "/")
        try sink.write(OutputFile(path: path, contents: renderer.searchPage(language: language.code, content: content)))
    }

    /// The pages a language's search covers: its own (fallback pages hold another language's words:
    /// they belong to their source's index) and its glossary.
    private func listed(_ language: String) -> [Page] {
        plan.pages.filter { $0.language == language && $0.fallback == nil }
            + plan.glossaries.filter { $0.language == language && !plan.claimed.contains($0.outputPath) }
    }

    /// One language's full-text index files (none with `search: false`: a build that turns search
    /// off removes the last build's). The index is kept in the cache and updated in place: only the
    /// pages whose title or body changed are merged again, and only the files that changed are
    /// written; a build without a kept index (the first, or `folio build`) merges every page.
    private mutating func fullTextFiles(
        _ language: String, fresh: SearchIndex?, known: SearchInputs, next: inout BuildCache, result: inout Result,
        into sink: some OutputSink
    ) throws {
        let id = "searchIndex:" + language
        guard inputs.source.config.search else {
            result.removed += next.records[id]?.files ?? []
            next.records[id] = nil
            next.searchIndexes[language] = nil
            return
        }
        guard let log = dirty(id, next: next) else {
            result.files += next.records[id]?.files ?? []
            return
        }
        log.insert(.headers)
        let pages = listed(language)
        for page in pages { log.insert(.renderedBody(page.outputPath)) }
        var index: SearchIndex
        let changed: Set<String>
        if let fresh {
            index = fresh
            changed = Set(index.files.keys)
        } else if var kept = next.searchIndexes.removeValue(forKey: language) {
            if let edits = editedPages(
                language: language, pages: pages, known: known, next: next, count: kept.pageCount)
            {
                changed = kept.update(editing: edits)
            } else {
                changed = kept.update(pages: indexedPages(language: language, pages: pages, known: known, next: next))
            }
            index = kept
        } else {
            index = SearchIndex(
                language: language, pages: indexedPages(language: language, pages: pages, known: known, next: next))
            changed = Set(index.files.keys)
        }
        let folder = SearchFiles.folder(language: language)
        let files = index.files.keys.sorted().map { folder + $0 }
        for name in changed.sorted() {
            guard let text = index.files[name] else { continue }
            try sink.write(OutputFile(path: folder + name, text: text))
        }
        result.files += files
        // Shards the index no longer has (a smaller site needs fewer) go.
        result.removed += (next.records[id]?.files ?? []).filter { !files.contains($0) }
        if keeping {
            next.record(id, OutputRecord(reads: log.keys, files: files))
            next.searchIndexes[language] = index
        }
    }

    /// The full-text indexes this build merges from scratch (no index kept from the last build),
    /// one language on each core: each merge is serial, and the first build merges them all.
    private func freshIndexes(known: SearchInputs, next: BuildCache) -> [String: SearchIndex] {
        guard inputs.source.config.search else { return [:] }
        let languages = inputs.source.config.languages.map(\.code).filter { language in
            next.searchIndexes[language] == nil && dirty("searchIndex:" + language, next: next) != nil
        }
        guard languages.count > 1 else { return [:] }
        let work = languages.map { language in
            (language, indexedPages(language: language, pages: listed(language), known: known, next: next))
        }
        let merged = work.concurrentMap { SearchIndex(language: $0.0, pages: $0.1) }
        return Dictionary(uniqueKeysWithValues: zip(languages, merged))
    }

    /// The pages whose body this build changed, with their numbers in the index, when that is all
    /// that changed (no page come, gone or moved: nothing planned again, or the plan updated in
    /// place, as for a row edit of pages from data, whose edited pages may show new titles too):
    /// the index then looks at them only, not at every page. Nil otherwise.
    private func editedPages(language: String, pages: [Page], known: SearchInputs, next: BuildCache, count: Int)
        -> [(number: Int, page: SearchIndex.Page)]?
    {
        guard !changes.all, !changes.replanned || changes.planUpdated, !changes.pagesMoved, pages.count == count
        else { return nil }
        var edited: Set<[String]> = []
        for key in changes.keys {
            switch key {
            case let .renderedBody(path): edited.insert(path)
            case let .source(path) where changes.planUpdated: edited.insert(path)
            default: continue
            }
        }
        var edits: [(number: Int, page: SearchIndex.Page)] = []
        for path in edited {
            guard let number = pages.firstIndex(where: { $0.outputPath == path }) else { continue }
            edits.append((number, indexedPage(pages[number], language: language, known: known, next: next)))
        }
        return edits
    }

    /// The pages of one language's full-text index, each with its part of the index: from this
    /// build's pages or from the cache; made here only for a glossary or a cached body without one
    /// (as after `search: false`).
    private func indexedPages(language: String, pages: [Page], known: SearchInputs, next: BuildCache)
        -> [SearchIndex.Page]
    {
        pages.map { indexedPage($0, language: language, known: known, next: next) }
    }

    private func indexedPage(_ page: Page, language: String, known: SearchInputs, next: BuildCache)
        -> SearchIndex.Page
    {
        // The cached body stays in its box: only its index part is read (or its HTML, once).
        let box = next.bodies[SitePlan.file(of: page)]
        let body =
            known.bodies[page.outputPath] ?? box?.value.search
            ?? SearchBody(
                sections: SearchSection.sections(
                    ofHTML: known.glossaries[page.outputPath] ?? box?.value.rendered.html ?? ""),
                language: language)
        return SearchIndex.Page(
            href: plan.context.linkStyle.href(from: [], to: page.outputPath), title: page.frontMatter.title,
            body: body)
    }
}

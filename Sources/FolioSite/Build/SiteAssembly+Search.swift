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
            guard try searchPage(language, known: known, next: &next, work: &work, result: &result, into: sink) else {
                continue
            }
            try fullTextFiles(
                language.code, fresh: fresh.removeValue(forKey: language.code), known: known, next: &next,
                result: &result, into: sink)
        }
    }

    /// One language's search page, when a key it read changed (or it is asked for), unless `folio
    /// serve` leaves it stale; false when the language has none (a page claims its folder).
    mutating func searchPage(
        _ language: Language, known: SearchInputs, next: inout BuildCache, work: inout BuildWork,
        result: inout Result, into sink: some OutputSink
    ) throws -> Bool {
        let folder = SubjectIndex.outputPath(language: language.code, strings: inputs.source.strings[language.code])
        let id = "search:" + language.code
        guard !plan.claimed.contains(folder), let strings = inputs.source.strings[language.code] else {
            next.deferred[id] = nil
            return false
        }
        let path = (folder + ["index.html"]).joined(separator: "/")
        result.files.append(path)
        result.pageFiles += 1
        guard let log = dirty(id, next: next), !defers(id, path: path, next: &next) else { return true }
        // A stale file is written whatever the kept subject index says: it is newer than the file.
        let stale = next.deferred.removeValue(forKey: id) != nil
        if try searchPage(
            language, strings: strings, at: folder, known: known, next: &next, log: log, writing: stale, into: sink)
        {
            work.pagesRendered += 1
            if keeping { next.record(id, OutputRecord(reads: log.keys, files: [path])) }
        }
        return true
    }

    /// One language's search page, written to `sink`; false when the last one is still right. The
    /// subject index kept from the last build is updated to this one's pages (`SubjectIndexState`)
    /// and kept for the next: when none of its pages changed what they give it and nothing the
    /// page around it read changed (another language's title edit changes `.headers`), the page
    /// is not made again.
    private func searchPage(
        _ language: Language, strings: StringTable, at folder: [String], known: SearchInputs, next: inout BuildCache,
        log: ReadLog, writing stale: Bool, into sink: some OutputSink
    ) throws -> Bool {
        log.insert(.headers)
        let sources = listed(language.code).map { page -> SubjectIndexState.Source in
            log.insert(.headings(page.outputPath))
            let headings = known.headings[page.outputPath] ?? next.bodies[SitePlan.file(of: page)]?.value.headings
            return SubjectIndexState.Source(
                folder: page.outputPath, title: page.frontMatter.title, headings: headings ?? [],
                index: page.frontMatter.index)
        }
        let setting = SubjectIndexState.Setting(
            folder: folder, locale: language.locale, linkStyle: plan.context.linkStyle)
        var state: SubjectIndexState
        if !changes.all, var kept = next.subjectIndexes.removeValue(forKey: language.code), kept.setting == setting,
            let changedPages = kept.update(to: sources)
        {
            if changedPages == 0, !stale, !changes.everyOutput, !changes.touch(kept.pageReads),
                next.records["search:" + language.code] != nil
            {
                if keeping { next.subjectIndexes[language.code] = kept }
                return false
            }
            state = kept
        } else {
            state = SubjectIndexState(sources: sources, setting: setting)
        }
        let pageLog = ReadLog()
        let renderer = rendering.renderer(current: current, log: pageLog)
        let path = (folder + ["index.html"]).joined(separator: "/")
        let page = renderer.searchPage(language: language.code, content: state.html(strings: strings))
        try sink.write(OutputFile(path: path, contents: page))
        state.pageReads = pageLog.keys
        for key in state.pageReads { log.insert(key) }
        if keeping { next.subjectIndexes[language.code] = state }
        return true
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
            next.searchFolders[language] = nil
            return
        }
        guard let log = dirty(id, next: next) else {
            result.files += next.records[id]?.files ?? []
            return
        }
        // The language's pages, listed only when the plan was made again (an edit's usual case
        // keeps last build's list, `searchFolders`: listing 50,000 pages was a third of a save).
        var listedPages: [Page]?
        func pages() -> [Page] {
            if let listedPages { return listedPages }
            let pages = listed(language)
            listedPages = pages
            return pages
        }
        var index: SearchIndex
        let changed: Set<String>
        // The index reads every page's body: thousands of keys, the same ones while no page comes,
        // goes or moves (an edit's usual case), when the last record's are kept as they are.
        var sameReads = false
        var keptFolders: [[String]]?
        if let fresh {
            index = fresh
            changed = Set(index.fileNames)
        } else if var kept = next.searchIndexes.removeValue(forKey: language) {
            let folders = next.searchFolders.removeValue(forKey: language)
            if let edits =
                editedPages(language: language, folders: folders, known: known, next: next, kept: kept)
                ?? editedPages(
                    language: language, pages: pages(), known: known, next: next, kept: kept, folders: folders)
            {
                changed = kept.update(editing: edits)
                sameReads = true
                keptFolders = folders
            } else {
                changed = kept.update(
                    pages: indexedPages(language: language, pages: pages(), known: known, next: next))
            }
            index = kept
        } else {
            index = SearchIndex(
                language: language, pages: indexedPages(language: language, pages: pages(), known: known, next: next))
            changed = Set(index.fileNames)
        }
        let folder = SearchFiles.folder(language: language)
        let files = index.fileNames.sorted().map { folder + $0 }
        for name in changed.sorted() {
            guard let text = index.file(named: name) else { continue }
            try sink.write(OutputFile(path: folder + name, text: text))
        }
        result.files += files
        // Shards the index no longer has (a smaller site needs fewer) go.
        let made = Set(files)
        result.removed += (next.records[id]?.files ?? []).filter { !made.contains($0) }
        guard keeping else { return }
        next.searchIndexes[language] = index
        if sameReads, let last = next.records[id] {
            next.record(id, OutputRecord(reads: last.reads, files: files))
            next.searchFolders[language] = keptFolders ?? pages().map(\.outputPath)
            return
        }
        log.insert(.headers)
        for page in pages() { log.insert(.renderedBody(page.outputPath)) }
        next.record(id, OutputRecord(reads: log.keys, files: files))
        next.searchFolders[language] = pages().map(\.outputPath)
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

    /// The pages whose body (or title) this build changed, with their numbers in the index, when
    /// nothing was planned again or the plan was updated in place: the pages are then last build's,
    /// in the order `folders` kept, and the edited ones are found there without listing the
    /// language's pages. An in-place update changes only its edited pages' titles (a row edit's
    /// pages), so only theirs are compared. Nil otherwise.
    private func editedPages(
        language: String, folders: [[String]]?, known: SearchInputs, next: BuildCache, kept: SearchIndex
    ) -> [(number: Int, page: SearchIndex.Page)]? {
        guard !changes.all, !changes.pagesMoved, let folders, folders.count == kept.pageCount else { return nil }
        let updated: Set<[String]>
        if changes.replanned {
            guard !changes.everyOutput, let pages = changes.updatedPages else { return nil }
            updated = pages
        } else {
            updated = []
        }
        var bodies: Set<[String]> = []
        for key in changes.keys { if case .renderedBody(let path) = key { bodies.insert(path) } }
        var edits: [(number: Int, page: SearchIndex.Page)] = []
        for path in bodies.union(updated) {
            guard let number = folders.firstIndex(of: path) else { continue }
            guard
                let page = plan.pages.first(where: { $0.outputPath == path && $0.fallback == nil })
                    ?? plan.glossaries.first(where: { $0.outputPath == path })
            else { return nil }
            guard bodies.contains(path) || kept.title(of: number) != page.frontMatter.title else { continue }
            edits.append((number, indexedPage(page, language: language, known: known, next: next)))
        }
        return edits.sorted { $0.number < $1.number }
    }

    /// The pages whose body or title this build changed, with their numbers in the index, when
    /// that is all that changed (no page come, gone or moved, no link style changed): the index
    /// then looks at them only, not at every page. Nil otherwise.
    ///
    /// A body changed when its key did; a title only where the plan was made again, found by
    /// comparing each page's title with the one it was indexed with (`folders`: the pages the
    /// index numbers, which must be this build's in the same order).
    private func editedPages(
        language: String, pages: [Page], known: SearchInputs, next: BuildCache, kept: SearchIndex, folders: [[String]]?
    ) -> [(number: Int, page: SearchIndex.Page)]? {
        guard !changes.all, !changes.pagesMoved, pages.count == kept.pageCount else { return nil }
        var numbers: Set<Int> = []
        if changes.replanned {
            guard !changes.everyOutput, let folders, folders.count == pages.count else { return nil }
            for (number, page) in pages.enumerated() {
                guard folders[number] == page.outputPath else { return nil }
                if kept.title(of: number) != page.frontMatter.title { numbers.insert(number) }
            }
        }
        for key in changes.keys {
            guard case .renderedBody(let path) = key, let number = pages.firstIndex(where: { $0.outputPath == path })
            else { continue }
            numbers.insert(number)
        }
        return numbers.sorted().map { ($0, indexedPage(pages[$0], language: language, known: known, next: next)) }
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
            ?? SearchBody(html: known.glossaries[page.outputPath] ?? box?.value.rendered.html ?? "", language: language)
        return SearchIndex.Page(
            href: plan.context.linkStyle.href(from: [], to: page.outputPath), title: page.frontMatter.title,
            body: body)
    }
}

import FolioSearch

/// Each language's full-text index files: the index kept from the last build updated in place
/// with the pages this build edited, or merged from every page.
extension SiteAssembly {
    /// One language's full-text index files (none with `search: false`: a build that turns search
    /// off removes the last build's). The index is kept in the cache and updated in place: only the
    /// pages whose title or body changed are merged again, and only the files that changed are
    /// written; a build without a kept index (the first, or `folio build`) merges every page.
    mutating func fullTextFiles(
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
            result.searchPagesMerged += index.pageCount
        } else if var kept = next.searchIndexes.removeValue(forKey: language) {
            let folders = next.searchFolders.removeValue(forKey: language)
            if let edits =
                editedPages(language: language, folders: folders, known: known, next: next, kept: kept)
                ?? editedPages(
                    language: language, pages: pages(), known: known, next: next, kept: kept, folders: folders)
            {
                changed = kept.update(editing: edits)
                result.searchPagesMerged += edits.count
                sameReads = true
                keptFolders = folders
            } else if let moves = movedPages(
                language: language, pages: pages(), folders: folders, known: known, next: next, kept: kept)
            {
                changed = kept.update(removing: moves.removed, inserting: moves.inserted, editing: moves.edited)
                result.searchPagesMerged += moves.removed.count + moves.inserted.count + moves.edited.count
            } else {
                let listed = pages()
                changed = kept.merge(
                    count: listed.count,
                    pages: indexedPages(language: language, pages: listed, known: known, next: next))
                result.searchPagesMerged += listed.count
            }
            index = kept
        } else {
            let listed = pages()
            index = SearchIndex(
                language: language, count: listed.count,
                pages: indexedPages(language: language, pages: listed, known: known, next: next))
            changed = Set(index.fileNames)
            result.searchPagesMerged += listed.count
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
    func freshIndexes(known: SearchInputs, next: BuildCache) -> [String: SearchIndex] {
        guard inputs.source.config.search else { return [:] }
        let languages = inputs.source.config.languages.map(\.code).filter { language in
            next.searchIndexes[language] == nil && dirty("searchIndex:" + language, next: next) != nil
        }
        guard languages.count > 1 else { return [:] }
        let work = languages.map { language in
            let pages = listed(language)
            let make = indexedPages(language: language, pages: pages, known: known, next: next, onEveryCore: false)
            return (language, pages.count, make)
        }
        let merged = work.concurrentMap { SearchIndex(language: $0.0, count: $0.1, pages: $0.2) }
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
            edits.append((number, editedPage(page, language: language, known: known, next: next)))
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
        return numbers.sorted().map { ($0, editedPage(pages[$0], language: language, known: known, next: next)) }
    }

    /// The pages of one language's full-text index a run at a time, for `SearchIndex.merge`, each
    /// with its part of the index: from this build's pages, or made here from the body's HTML (a
    /// kept body, a glossary), on every core unless the languages already share them.
    private func indexedPages(
        language: String, pages: [Page], known: SearchInputs, next: BuildCache, onEveryCore: Bool = true
    ) -> @Sendable (Range<Int>) -> [SearchIndex.Page] {
        let (linkStyle, bodies, keeping) = (plan.context.linkStyle, next.bodies, keeping)
        return { range in
            let make: @Sendable (Page) -> SearchIndex.Page = { page in
                Self.indexedPage(
                    page, language: language, known: known, bodies: bodies, linkStyle: linkStyle, keeping: keeping)
            }
            let run = Array(pages[range])
            return onEveryCore ? run.concurrentMap(make) : run.map(make)
        }
    }

    func indexedPage(_ page: Page, language: String, known: SearchInputs, next: BuildCache)
        -> SearchIndex.Page
    {
        Self.indexedPage(
            page, language: language, known: known, bodies: next.bodies, linkStyle: plan.context.linkStyle,
            keeping: keeping)
    }

    /// A kept index keeps the pages' documents, not their words (`SearchIndex.Page.keepsWords`).
    private static func indexedPage(
        _ page: Page, language: String, known: SearchInputs, bodies: [String: Shared<CachedBody>],
        linkStyle: LinkStyle, keeping: Bool
    ) -> SearchIndex.Page {
        // The cached body stays in its box: only its HTML is read, once.
        let body =
            known.bodies[page.outputPath]
            ?? SearchBody(
                html: known.glossaries[page.outputPath] ?? bodies[SitePlan.file(of: page)]?.value.rendered.html ?? "",
                language: language)
        return SearchIndex.Page(
            href: linkStyle.href(from: [], to: page.outputPath), title: page.frontMatter.title, body: body,
            keepsWords: !keeping)
    }

    /// An edited page, with the body it had when the kept index merged it, made again from the HTML
    /// it had then: the body this build replaced, or the one it kept (a title edit).
    func editedPage(_ page: Page, language: String, known: SearchInputs, next: BuildCache)
        -> SearchIndex.Page
    {
        var edited = indexedPage(page, language: language, known: known, next: next)
        guard keeping else { return edited }
        let box = changes.replacedBodies[page.outputPath] ?? next.bodies[SitePlan.file(of: page)]
        edited.was = SearchBody(html: box?.value.rendered.html ?? "", language: language)
        return edited
    }
}

import FolioMarkdown
import FolioSearch

extension SiteAssembly {
    /// What the search pages are made from: each page's headings and, for full-text search, its
    /// text by section; from this build's pages, or from the cache for pages not rendered again.
    struct SearchInputs: Sendable {
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
    func listed(_ language: String) -> [Page] {
        plan.pages.filter { $0.language == language && $0.fallback == nil }
            + plan.glossaries.filter { $0.language == language && !plan.claimed.contains($0.outputPath) }
    }
}

import FolioData
import FolioMarkdown

/// The outputs made from the whole site once the pages are rendered: each language's glossary
/// (it lists the pages that use each metric) and print edition (the menu's bodies), then the
/// site-wide files (root index, 404 pages, stylesheet, robots, sitemap, favicon). Each is an
/// output like a page: rendered when a key it recorded changed, recording what it reads.
struct SiteAssembly {
    let plan: SitePlan
    let rendering: PageRendering
    let inputs: SiteInputs
    let current: CurrentPages
    let keeping: Bool
    var changes: SiteBuild.Changes
    /// The rendered pages of a build that keeps no bodies (the glossary's usage, the editions'
    /// chapters); nil: read them from the cache. Their bodies are let go once the editions are made.
    private(set) var pages: [RenderedPage]?
    /// Whether the print editions and search pages are made now, left stale for `folio serve` to
    /// make when asked, or made because it asks (`Deferral`).
    var deferral: Deferral = .none

    /// What the assembly made.
    struct Result {
        var removed: [String] = []
        /// Every file the site-wide outputs make (also those reused), for the report.
        var files: [String] = []
        /// Glossaries and print editions made (pages in the report's count).
        var pageFiles = 0
        var glossaries: [RenderedPage] = []
        /// Pages the full-text indexes merged, took out or put in (`BuildWork.searchPagesMerged`).
        var searchPagesMerged = 0
    }

    mutating func run(next: inout BuildCache, work: inout BuildWork, into sink: some OutputSink) throws -> Result {
        var result = Result()
        // Without a cache, the editions' chapters are the bodies the pages kept.
        var chapterBodies: [[String]: ChapterBody] = [:]
        for page in pages ?? [] { chapterBodies[page.page.outputPath] = page.body }
        var glossaryBodies: [[String]: RenderedMarkdown] = [:]
        for page in plan.glossaries where !plan.claimed.contains(page.outputPath) {
            let path = SitePlan.file(of: page)
            result.files.append(path)
            result.pageFiles += 1
            let id = "glossary:" + path
            guard let log = dirty(id, next: next) else {
                glossaryBodies[page.outputPath] = next.bodies[path]?.value.rendered
                chapterBodies[page.outputPath] = glossaryBodies[page.outputPath].map(ChapterBody.rendered)
                continue
            }
            log.insert(.metricUsage)
            log.insert(.metrics)
            let body = glossary(page, next: next)
            let file = OutputFile(
                path: path, contents: rendering.renderer(current: current, log: log).render(page, markdown: body))
            try sink.write(file)
            work.pagesRendered += 1
            glossaryBodies[page.outputPath] = body
            chapterBodies[page.outputPath] = .rendered(body)
            result.glossaries.append(
                RenderedPage(page: page, file: file, links: [], directives: [], metrics: [], body: .rendered(body)))
            if next.bodies[path]?.value.rendered != body { changes.keys.insert(.renderedBody(page.outputPath)) }
            if next.bodies[path]?.value.headings != body.headings {
                changes.keys.insert(.headings(page.outputPath))
            }
            if keeping {
                if let old = next.bodies[path], old.value.rendered != body {
                    changes.replacedBodies[page.outputPath] = old
                }
                next.bodies[path] = Shared(CachedBody(rendered: body, directives: [], metrics: [], dataRead: []))
                next.record(id, OutputRecord(reads: log.keys, files: [path]))
            }
        }
        for language in inputs.source.config.languages {
            try printEdition(language, chapters: chapterBodies, next: &next, work: &work, result: &result, into: sink)
        }
        // The bodies the editions read go before the search index is made (with the search
        // bodies, the largest part of a build's memory): 28 MB packed at 10,000 pages from data.
        chapterBodies = [:]
        if var all = pages {
            pages = nil
            for index in all.indices { all[index].body = nil }
            pages = all
        }
        try searchPages(glossaries: glossaryBodies, next: &next, work: &work, result: &result, into: sink)
        try siteFiles(next: &next, result: &result, into: sink)
        return result
    }

    /// One language's print edition, written to `sink` a section at a time when a key it read
    /// changed (or it is asked for); left stale instead when `folio serve` defers it. `chapters`:
    /// the bodies this build rendered, by folder.
    mutating func printEdition(
        _ language: Language, chapters: [[String]: ChapterBody], next: inout BuildCache, work: inout BuildWork,
        result: inout Result, into sink: some OutputSink
    ) throws {
        let folder = PrintEdition.outputPath(language: language.code, strings: inputs.source.strings[language.code])
        let id = "print:" + language.code
        guard !plan.claimed.contains(folder), let strings = inputs.source.strings[language.code] else {
            next.deferred[id] = nil
            return
        }
        let path = (folder + ["index.html"]).joined(separator: "/")
        result.files.append(path)
        result.pageFiles += 1
        guard let log = dirty(id, next: next), !defers(id, path: path, next: &next) else { return }
        next.deferred[id] = nil
        // Kept by `folio serve`: the last build's sections, or none yet.
        var kept: PrintSections?
        if keeping {
            kept =
                next.printSections.removeValue(forKey: language.code)
                ?? PrintSections(folder: folder, linkStyle: plan.context.linkStyle)
        }
        try sink.write(path: path) { emit in
            try edition(
                language, strings: strings, at: folder, chapters: chapters, next: next, log: log, kept: &kept,
                emit: emit)
        }
        work.pagesRendered += 1
        if keeping {
            next.record(id, OutputRecord(reads: log.keys, files: [path]))
            next.printSections[language.code] = kept
        }
    }

    /// A log to render `id` with, or nil when its last rendering is still right (or it is left
    /// stale: only the outputs asked for are made when `folio serve` asks).
    func dirty(_ id: String, next: BuildCache) -> ReadLog? {
        if case let .making(ids) = deferral { return ids.contains(id) ? ReadLog() : nil }
        guard changes.everyOutput || next.records[id].map({ changes.touch($0.reads) }) ?? true else { return nil }
        return ReadLog()
    }

    /// The glossary's body for one language, listing where the site's pages show each metric.
    private func glossary(_ page: Page, next: BuildCache) -> RenderedMarkdown {
        let source = inputs.source
        guard let strings = source.strings[page.language], let language = source.config.language(page.language)
        else { return RenderedMarkdown(html: "", headings: [], links: []) }
        let usage =
            pages
            ?? plan.pages.compactMap { page -> RenderedPage? in
                guard page.fallback == nil, let body = next.bodies[SitePlan.file(of: page)], !body.value.metrics.isEmpty
                else { return nil }
                return RenderedPage(
                    page: page, file: OutputFile(path: "", contents: []), links: [], directives: [],
                    metrics: body.value.metrics)
            }
        return Glossary.body(
            for: page, metrics: inputs.metrics, usage: usage,
            formatter: ValueFormatter(localeIdentifier: language.locale),
            strings: strings, linkStyle: plan.context.linkStyle)
    }

    /// One language's print edition, made from the bodies of its home and menu pages (see `PrintEdition`).
    private func edition(
        _ language: Language, strings: StringTable, at folder: [String], chapters known: [[String]: ChapterBody],
        next: BuildCache, log: ReadLog, kept: inout PrintSections?, emit: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        let context = plan.context
        log.insert(.menu(language.code))
        log.insert(.newestDate(language.code))
        // The home's front matter (its `index:` terms, for the edition's subject index); the menu's
        // and the listings' are in `.menu` and `.listing`.
        if let home = context.homes[language.code] { log.insert(.section(home.outputPath)) }
        for page in context.menus[language.code] ?? [] where page.fallback == nil && !page.isHome {
            log.insert(.listing(page.outputPath))
        }
        // A fallback page is not what the author wrote in this language: the edition leaves it out
        // (unless this build rendered its body: a glossary), and the pages from data in its folder.
        let chapters = PrintEdition.chapters(language: language.code, context: context) { page, role in
            let authored: Bool
            switch role {
            case .introduction: authored = true
            case .chapter: authored = page.fallback == nil
            case let .section(of: chapter): authored = chapter.fallback == nil && !chapter.isHome
            }
            if authored { log.insert(.renderedBody(page.outputPath)) }
            if let body = known[page.outputPath] { return body }
            return authored ? next.bodies[SitePlan.file(of: page)].map(ChapterBody.cached) : nil
        }
        let renderer = rendering.renderer(current: current, log: log)
        let newest = current.newestDate(language.code)
        let date = newest.map { ($0, renderer.localizedDate($0, locale: language.locale)) }
        try renderer.printEdition(language: language.code) { write in
            try PrintEdition.article(
                chapters: chapters, siteTitle: language.siteTitle, description: language.siteDescription, date: date,
                strings: strings, locale: language.locale, letterPaper: inputs.source.config.paperSize == .letter,
                at: folder, linkStyle: context.linkStyle, kept: &kept
            ) { piece in
                var piece = piece
                try piece.withUTF8 { try write($0) }
            }
        } emit: {
            try emit($0)
        }
    }
}

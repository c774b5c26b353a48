import FolioMarkdown

extension SiteAssembly {
    /// Each language's search page, the subject index of its pages' headings, the glossary's
    /// metrics and the `index:` terms (see `SubjectIndex`). It reads every page's place and front
    /// matter (`headers`) and every body it lists (`renderedBody`), so it is made again when a
    /// heading, a title or an `index:` term changes.
    mutating func searchPages(
        glossaries: [[String]: RenderedMarkdown], next: inout BuildCache, work: inout BuildWork, result: inout Result,
        into sink: some OutputSink
    ) throws {
        var headings: [[String]: [Heading]] = [:]
        for page in pages ?? [] { headings[page.page.outputPath] = page.headings }
        for (folder, body) in glossaries { headings[folder] = body.headings }
        for language in inputs.source.config.languages {
            let folder = SubjectIndex.outputPath(language: language.code, strings: inputs.source.strings[language.code])
            guard !plan.claimed.contains(folder), let strings = inputs.source.strings[language.code] else { continue }
            let path = (folder + ["index.html"]).joined(separator: "/")
            result.files.append(path)
            result.pageFiles += 1
            let id = "search:" + language.code
            guard let log = dirty(id, next: next) else { continue }
            log.insert(.headers)
            // Fallback pages hold another language's words: they belong to their source's index.
            let listed =
                plan.pages.filter { $0.language == language.code && $0.fallback == nil }
                + plan.glossaries.filter { $0.language == language.code && !plan.claimed.contains($0.outputPath) }
            let indexed = listed.map { page -> (page: Page, headings: [Heading]) in
                log.insert(.renderedBody(page.outputPath))
                let known = headings[page.outputPath] ?? next.bodies[SitePlan.file(of: page)]?.value.rendered.headings
                return (page, known ?? [])
            }
            let entries = SubjectIndex.entries(pages: indexed, locale: language.locale)
            let content = SubjectIndex.html(
                SubjectIndex.letters(entries, locale: language.locale), at: folder, strings: strings,
                linkStyle: plan.context.linkStyle)
            let renderer = rendering.renderer(current: current, log: log)
            try sink.write(
                OutputFile(path: path, contents: renderer.searchPage(language: language.code, content: content)))
            work.pagesRendered += 1
            if keeping { next.record(id, OutputRecord(reads: log.keys, files: [path])) }
        }
    }
}

import FolioSearch

extension SiteAssembly {
    /// The files that are not pages, in the order they are written: one output, recording what
    /// its 404 pages' menus and its sitemap read.
    func siteFiles(next: inout BuildCache, result: inout Result, into sink: some OutputSink) throws {
        let id = "site"
        let old = next.records[id]
        guard changes.everyOutput || old.map({ changes.touch($0.reads) }) ?? true else {
            result.files += old?.files ?? []
            return
        }
        let log = ReadLog()
        log.insert(.headers)
        log.insert(.favicon)
        let renderer = rendering.renderer(current: current, log: log)
        let config = inputs.source.config
        var files: [OutputFile] = []
        files.append(OutputFile(path: "index.html", text: renderer.languageChoice()))
        files.append(OutputFile(path: "404.html", text: renderer.rootNotFound()))
        for language in config.languages {
            files.append(
                OutputFile(
                    path: "\(language.code)/404.html",
                    text: renderer.notFound(language: language.code, at: [language.code])))
        }
        files.append(OutputFile(path: inputs.stylesheet.fileName, contents: inputs.stylesheet.contents))
        if config.search { files.append(OutputFile(path: SearchFiles.scriptName, text: SearchScript.source)) }
        files.append(OutputFile(path: "robots.txt", text: Sitemap.robots(context: plan.context)))
        if !config.baseURL.isEmpty {
            files.append(
                OutputFile(path: "sitemap.xml", text: Sitemap.xml(pages: current.pages, context: plan.context)))
        }
        if let favicon = inputs.favicon {
            files.append(OutputFile(path: SiteContext.faviconName, contents: favicon))
        }
        for file in files { try sink.write(file) }
        let paths = files.map(\.path)
        result.files += paths
        result.removed += (old?.files ?? []).filter { !paths.contains($0) }
        if keeping { next.record(id, OutputRecord(reads: log.keys, files: paths)) }
    }
}

import FolioData
import FolioMarkdown

/// The files made from the whole site once every authored page is rendered: the glossary (it
/// lists the pages that use each metric), the root redirect, the 404 pages, the stylesheet,
/// `robots.txt`, `sitemap.xml` and the favicon. Pure, like page rendering: the builder writes them.
enum SiteAssembly {
    /// The glossary page of each language, listing where `usage` shows each metric.
    static func glossaryPages(inputs: SiteInputs, rendering: PageRendering, usage: [RenderedPage]) -> [RenderedPage] {
        let source = inputs.source
        var pages: [RenderedPage] = []
        for page in source.pages where Glossary.isGlossary(page) {
            guard let strings = source.strings[page.language], let language = source.config.language(page.language)
            else { continue }
            let body = Glossary.body(
                for: page, metrics: inputs.metrics, usage: usage,
                formatter: ValueFormatter(localeIdentifier: language.locale), strings: strings,
                linkStyle: rendering.context.linkStyle)
            let file = OutputFile(
                path: (page.outputPath + ["index.html"]).joined(separator: "/"),
                contents: rendering.renderer.render(page, markdown: body))
            pages.append(RenderedPage(page: page, file: file, links: [], directives: [], metrics: [], body: body))
        }
        return pages
    }

    /// Each language's print edition, made from the bodies of `pages` (see `PrintEdition`).
    static func printEditions(inputs: SiteInputs, rendering: PageRendering, pages: [RenderedPage]) -> [OutputFile] {
        let source = inputs.source
        let context = rendering.context
        return source.config.languages.compactMap { language in
            guard let strings = source.strings[language.code] else { return nil }
            var bodies: [[String]: RenderedMarkdown] = [:]
            for page in pages where page.page.language == language.code {
                if let body = page.body { bodies[page.page.outputPath] = body }
            }
            let newest = source.pages.filter { $0.language == language.code }.compactMap(\.frontMatter.date).max()
            let folder = PrintEdition.outputPath(language: language.code, strings: strings)
            let article = PrintEdition.article(
                chapters: PrintEdition.chapters(language: language.code, context: context, bodies: bodies),
                siteTitle: language.siteTitle, description: language.siteDescription,
                date: newest.map { ($0, rendering.renderer.localizedDate($0, locale: language.locale)) },
                strings: strings, letterPaper: source.config.paperSize == .letter, at: folder,
                linkStyle: context.linkStyle)
            return OutputFile(
                path: (folder + ["index.html"]).joined(separator: "/"),
                contents: rendering.renderer.printEdition(language: language.code, article: article))
        }
    }

    /// Every file that is not a page, in the order they are written.
    static func siteFiles(inputs: SiteInputs, rendering: PageRendering) -> [OutputFile] {
        let config = inputs.source.config
        let renderer = rendering.renderer
        let context = rendering.context
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
        files.append(OutputFile(path: "robots.txt", text: Sitemap.robots(context: context)))
        if !config.baseURL.isEmpty {
            files.append(
                OutputFile(path: "sitemap.xml", text: Sitemap.xml(pages: inputs.source.pages, context: context)))
        }
        if let favicon = inputs.favicon {
            files.append(OutputFile(path: SiteContext.faviconName, contents: favicon))
        }
        return files
    }
}

import FolioMarkdown

extension PageRenderer {
    /// A language's search page: the subject index (`content`, see `SubjectIndex`) in the `search`
    /// template, with the switcher and `hreflang` links pointing at the other languages' search pages.
    func searchPage(language code: String, content: String) -> [UInt8] {
        let strings = context.strings[code]
        let here = SubjectIndex.outputPath(language: code, strings: strings)
        let page = Page(
            sourcePath: "content/site.yml", language: code, contentPath: here.last ?? "search",
            frontMatter: FrontMatter(title: strings?["searchTitle"] ?? "", draft: false), body: "", bodyFirstLine: 1,
            outputPath: here)
        var view = pageView(page, markdown: RenderedMarkdown(html: content, headings: [], links: []))
        let pages = context.config.languages.map {
            (language: $0, path: SubjectIndex.outputPath(language: $0.code, strings: context.strings[$0.code]))
        }
        view.description = strings?["searchIntro"] ?? ""
        view.alternates = pages.map { .init(hreflang: $0.language.code, href: context.url(of: $0.path, from: here)) }
        if let fallback = pages.first(where: { $0.language.code == context.config.defaultLanguage }) {
            view.alternates.append(.init(hreflang: "x-default", href: context.url(of: fallback.path, from: here)))
        }
        view.switcher = pages.filter { $0.language.code != code }.map {
            .init(
                lang: $0.language.code, label: context.strings[$0.language.code]?["readInLanguage"] ?? $0.language.name,
                href: context.linkStyle.href(from: here, to: $0.path), isHome: false)
        }
        return shapes.document(view, template: "search", templates: templates)
    }
}

import FolioMarkdown

extension PageRenderer {
    /// A language's print edition: `article`'s pieces (see `PrintEdition`) in the `print` template,
    /// with the switcher and `hreflang` links pointing at the other languages' editions.
    ///
    /// The template is rendered around a marker, and the pieces are copied once into the document
    /// in its place: an edition of 10,000 sections is 31 MB, and joining it into one string for
    /// the template to copy again was two more copies of it in every build.
    func printEdition(language code: String, article: [String]) -> [UInt8] {
        let marker = Array(Self.articleMarker.utf8)
        let frame = printEdition(language: code, content: Self.articleMarker)
        guard let at = ByteSearch.firstIndex(of: marker, in: frame),
            ByteSearch.firstIndex(of: marker, in: frame, from: at + marker.count) == nil
        else {
            return printEdition(language: code, content: article.joined())
        }
        var document: [UInt8] = []
        document.reserveCapacity(frame.count - marker.count + article.reduce(0) { $0 + $1.utf8.count })
        document += frame[..<at]
        for var piece in article { piece.withUTF8 { document.append(contentsOf: $0) } }
        document += frame[(at + marker.count)...]
        return document
    }

    /// What stands for the article while the template is rendered: a comment no template has.
    static let articleMarker = "<!--folio:print-edition-article-->"

    private func printEdition(language code: String, content article: String) -> [UInt8] {
        let strings = context.strings[code]
        let here = PrintEdition.outputPath(language: code, strings: strings)
        let page = Page(
            sourcePath: "content/site.yml", language: code, contentPath: here.last ?? "print",
            frontMatter: FrontMatter(title: strings?["printTitle"] ?? "", draft: false), body: "", bodyFirstLine: 1,
            outputPath: here)
        var view = pageView(page, markdown: RenderedMarkdown(html: article, headings: [], links: []))
        let editions = context.config.languages.map {
            (language: $0, path: PrintEdition.outputPath(language: $0.code, strings: context.strings[$0.code]))
        }
        view.description = context.config.language(code)?.siteDescription ?? ""
        view.alternates = editions.map { .init(hreflang: $0.language.code, href: context.url(of: $0.path, from: here)) }
        if let fallback = editions.first(where: { $0.language.code == context.config.defaultLanguage }) {
            view.alternates.append(.init(hreflang: "x-default", href: context.url(of: fallback.path, from: here)))
        }
        view.switcher = editions.filter { $0.language.code != code }.map {
            .init(
                lang: $0.language.code, label: context.strings[$0.language.code]?["readInLanguage"] ?? $0.language.name,
                href: context.linkStyle.href(from: here, to: $0.path), isHome: false)
        }
        view.printHref = nil
        view.author = context.config.author.isEmpty ? nil : context.config.author
        return shapes.document(view, template: "print", templates: templates)
    }
}

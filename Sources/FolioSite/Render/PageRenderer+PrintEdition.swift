import FolioMarkdown

extension PageRenderer {
    /// A language's print edition (see `PrintEdition`) in the `print` template, with the switcher
    /// and `hreflang` links pointing at the other languages' editions, handed to `emit` in pieces
    /// as they are made: the template is rendered around a marker, and `article` (which hands its pieces to the function it is
    /// given) writes in its place. An edition of 10,000 sections is 31 MB: joined into one string
    /// for the template to copy, it was held twice over (bench/pages-from-data).
    func printEdition(
        language code: String, article: ((UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void,
        emit: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        let marker = Array(Self.articleMarker.utf8)
        let frame = printEdition(language: code, content: Self.articleMarker)
        guard let at = ByteSearch.firstIndex(of: marker, in: frame),
            ByteSearch.firstIndex(of: marker, in: frame, from: at + marker.count) == nil
        else {
            // A template that shows the article twice (or never) is rendered with all of it.
            var pieces: [UInt8] = []
            try article { pieces.append(contentsOf: $0) }
            let whole = printEdition(language: code, content: String(decoding: pieces, as: UTF8.self))
            try whole.withUnsafeBufferPointer { try emit($0) }
            return
        }
        try frame[..<at].withUnsafeBufferPointer { try emit($0) }
        // `article` writes through `emit` and returns before this does: nothing escapes.
        try withoutActuallyEscaping(emit) { try article($0) }
        try frame[(at + marker.count)...].withUnsafeBufferPointer { try emit($0) }
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

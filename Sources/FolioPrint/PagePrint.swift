import FolioSite

/// One page of a built site and the PDF `folio pdf PAGE…` makes of it, next to the page in its own
/// folder and named after it (`sv/lag/goteborg/goteborg.pdf`), so each team's report has a stable
/// address beside its page.
public struct PagePrint: Sendable, Hashable {
    public var language: String
    /// The page, relative to the output folder: `sv/lag/goteborg/index.html`.
    public var page: String
    /// Its PDF, relative to the output folder.
    public var pdf: String
    /// The page's date, else its language's newest (`PrintEditionFile.date`): the PDF's creation
    /// date, so two prints of the same content are the same bytes.
    public var date: String?
    /// `site.yml`'s `author`, for the PDF's Author.
    public var author: String?

    public init(language: String, page: String, pdf: String, date: String?, author: String?) {
        self.language = language
        self.page = page
        self.pdf = pdf
        self.date = date
        self.author = author
    }

    init(page: Page, site: RenderedSite) {
        let folder = page.outputPath.joined(separator: "/")
        let edition = site.printEditions.first { $0.language == page.language }
        self.init(
            language: page.language, page: folder + "/index.html",
            pdf: folder + "/" + (page.outputPath.last ?? page.language) + ".pdf",
            date: page.frontMatter.date ?? edition?.date, author: edition?.author)
    }
}

import FolioMarkdown

/// One language's print edition in a built site, and the PDF `folio pdf` makes of it.
public struct PrintEditionFile: Sendable, Hashable {
    public var language: String
    /// The edition's page, relative to the output folder: `sv/utskrift/index.html`.
    public var page: String
    /// Where its PDF goes, relative to the output folder: `sv/kundservicehandboken.pdf`, named
    /// after the site's title in that language.
    public var pdf: String
    /// The newest page's date (`2026-11-30`): the PDF's creation date, so two prints of the same
    /// content carry the same one. Nil when no page has a date.
    public var date: String?
    /// `site.yml`'s `author`, for the PDF's Author (Chromium writes none); nil when it names none.
    public var author: String? = nil

    /// Every language's edition of `source`.
    static func all(source: SiteSource) -> [PrintEditionFile] {
        source.config.languages.map { language in
            let folder = PrintEdition.outputPath(language: language.code, strings: source.strings[language.code])
            let name = Slug.make(language.siteTitle)
            return PrintEditionFile(
                language: language.code, page: (folder + ["index.html"]).joined(separator: "/"),
                pdf: language.code + "/" + (name.isEmpty ? "print" : name) + ".pdf",
                date: source.pages.filter { $0.language == language.code }.compactMap(\.frontMatter.date).max(),
                author: source.config.author.isEmpty ? nil : source.config.author)
        }
    }
}

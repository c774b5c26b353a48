import FolioFormats
import FolioMarkdown

/// One Markdown page of one language, loaded but not yet rendered.
public struct Page: Sendable, Hashable {
    /// Path shown in diagnostics, relative to the source folder (`content/sv/kanaler.md`).
    public var sourcePath: String
    public var language: String
    /// Path inside the language folder without extension (`kanaler`, `guide/_index`).
    public var contentPath: String
    public var frontMatter: FrontMatter
    public var body: String
    public var bodyFirstLine: Int
    /// Hash of the page's Markdown body: what a translation records as `sourceRevision`.
    public var revision: String { ContentHash.hex(Array(body.utf8)) }
    /// Output folder segments (`["sv", "kanaler"]`); the page is written as `index.html` inside.
    public var outputPath: [String]

    /// Set when the page stands in for a missing translation: it is the source page's content,
    /// built at this language's address with this language's interface (`fallback` in site.yml).
    public var fallback: FallbackSource? = nil

    /// Set on a page generated from one row of a `[column].md` template (`rows:`): the row's values,
    /// which its title, description, `{{row.…}}` text and SQL parameters read (see `GeneratedPages`).
    public var row: PageRow? = nil

    /// The language the body is written in: the source's for a fallback page, else the page's own.
    public var contentLanguage: String { fallback?.language ?? language }

    /// The language's home page (`content/<lang>/_index.md`).
    public var isHome: Bool { outputPath.count == 1 }

    /// What pairs this page with its translations: the explicit key, else its content path.
    public var translationID: String { frontMatter.translationKey.map { "key:" + $0 } ?? "path:" + contentPath }

    /// Computes the output folder from the file's place and its `slug`, slugging every segment.
    static func outputPath(language: String, contentPath: String, slug: String?) -> [String] {
        var segments = contentPath.split(separator: "/").map(String.init)
        let last = segments.removeLast()
        var path = [language] + segments.map { Slug.make($0) }
        if last != "_index" {
            path.append(slug.map { Slug.make($0) } ?? Slug.make(last))
        }
        return path
    }
}

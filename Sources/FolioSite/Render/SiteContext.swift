import FolioMarkdown

/// Everything that is the same for every page of a build, computed once and shared read-only by
/// the parallel page renders.
struct SiteContext: Sendable {
    var config: SiteConfig
    var strings: [String: StringTable]
    var translations: Translations
    /// Each language's pages in menu order (by weight, then title), homes excluded.
    var menus: [String: [Page]]
    var homes: [String: Page]
    var linkStyle: LinkStyle
    var stylesheetName: String

    static let faviconName = "favicon.svg"

    init(source: SiteSource, stylesheetName: String) throws {
        config = source.config
        strings = source.strings
        translations = try Translations(pages: source.pages)
        linkStyle = source.config.baseURL.isEmpty ? .fileLinks : .folderLinks
        self.stylesheetName = stylesheetName
        var menus: [String: [Page]] = [:]
        var homes: [String: Page] = [:]
        for page in source.pages {
            if page.isHome { homes[page.language] = page } else { menus[page.language, default: []].append(page) }
        }
        self.menus = menus.mapValues { pages in
            pages.sorted {
                ($0.frontMatter.weight ?? Int.max, $0.frontMatter.title, $0.sourcePath)
                    < ($1.frontMatter.weight ?? Int.max, $1.frontMatter.title, $1.sourcePath)
            }
        }
        self.homes = homes
    }

    /// The published address of a folder: absolute under `baseURL`, else relative to `from`.
    func url(of folder: [String], from: [String]) -> String {
        if config.baseURL.isEmpty { return linkStyle.href(from: from, to: folder) }
        return config.baseURL + folder.map { $0 + "/" }.joined()
    }
}

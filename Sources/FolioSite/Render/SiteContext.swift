import FolioMarkdown

/// Everything that is the same for every page of a build, computed once and shared read-only by
/// the parallel page renders.
struct SiteContext: Sendable {
    var config: SiteConfig
    var strings: [String: StringTable]
    var translations: Translations
    /// Each language's pages in reading order (by weight, then title, section by section), homes
    /// excluded: the home page's chapter index and the previous/next links follow it.
    var ordered: [String: [Page]]
    /// Sections, the sidebar's top level and each section's entries (see `SiteSections`).
    var sections: SiteSections
    /// Each page's place in `ordered`, so previous/next costs a lookup, not a search.
    var positions: [[String]: Int]
    /// Each language's menu: the pages that set a `weight`, in `ordered` order. Opt-in, as in
    /// Hugo, so a site of thousands of pages does not put thousands of links on every page.
    var menus: [String: [Page]]
    /// Every page by output folder, for breadcrumbs through section pages.
    var pagesByPath: [[String]: Page]
    var homes: [String: Page]
    /// Pages standing in for missing translations (see `FallbackPages`), rendered like authored ones.
    var fallbacks: [Page]
    /// Fallback pages by translation id and language, for the switcher.
    var fallbackVersions: [String: [String: Page]]
    var linkStyle: LinkStyle
    var stylesheetName: String
    /// The pages generated from data (`GeneratedPages`) by the folder they are in, in listing
    /// order: the folder's section page lists them; menus and reading orders leave them out.
    var listings: [[String]: [Page]]

    static let faviconName = "favicon.svg"

    init(source: SiteSource, stylesheetName: String) throws {
        config = source.config
        strings = source.strings
        translations = try Translations(pages: source.pages)
        linkStyle = source.config.baseURL.isEmpty ? .fileLinks : .folderLinks
        self.stylesheetName = stylesheetName
        fallbacks = FallbackPages.make(pages: source.pages, config: source.config)
        var fallbackVersions: [String: [String: Page]] = [:]
        for page in fallbacks { fallbackVersions[page.translationID, default: [:]][page.language] = page }
        self.fallbackVersions = fallbackVersions
        var homes: [String: Page] = [:]
        var listings: [[String]: [Page]] = [:]
        var read: [Page] = []
        for page in source.pages + fallbacks {
            if page.row != nil {
                listings[Array(page.outputPath.dropLast()), default: []].append(page)
            } else {
                if page.isHome { homes[page.language] = page }
                read.append(page)
            }
        }
        sections = SiteSections(pages: read)
        ordered = sections.ordered
        var positions: [[String]: Int] = [:]
        for pages in ordered.values {
            for (index, page) in pages.enumerated() { positions[page.outputPath] = index }
        }
        self.positions = positions
        self.listings = listings.mapValues { $0.sorted { ($0.row?.position ?? 0) < ($1.row?.position ?? 0) } }
        menus = ordered.mapValues { $0.filter { $0.frontMatter.weight != nil } }
        pagesByPath = Dictionary(
            (source.pages + fallbacks).map { ($0.outputPath, $0) }, uniquingKeysWith: { first, _ in first })
        self.homes = homes
    }

    /// The page `offset` places from the page at `folder` in its language's reading order.
    func neighbour(of folder: [String], by offset: Int) -> Page? {
        guard let page = pagesByPath[folder], let position = positions[folder], let reading = ordered[page.language]
        else { return nil }
        return reading.indices.contains(position + offset) ? reading[position + offset] : nil
    }

    /// The published address of a folder: absolute under `baseURL`, else relative to `from`.
    func url(of folder: [String], from: [String]) -> String {
        if config.baseURL.isEmpty { return linkStyle.href(from: from, to: folder) }
        return config.baseURL + folder.map { $0 + "/" }.joined()
    }
}

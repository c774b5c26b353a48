import FolioMarkdown

/// Everything that is the same for every page of a build, computed once and shared read-only by
/// the parallel page renders.
struct SiteContext: Sendable {
    var config: SiteConfig
    var strings: [String: StringTable]
    var translations: Translations
    /// Each language's pages in reading order (by weight, then title), homes excluded: the home
    /// page's chapter index and the previous/next links follow it.
    var ordered: [String: [Page]]
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
        var byLanguage: [String: [Page]] = [:]
        var homes: [String: Page] = [:]
        for page in source.pages + fallbacks {
            if page.isHome { homes[page.language] = page } else { byLanguage[page.language, default: []].append(page) }
        }
        ordered = byLanguage.mapValues { pages in
            pages.sorted { Self.readingKey($0) < Self.readingKey($1) }
        }
        var positions: [[String]: Int] = [:]
        for pages in ordered.values {
            for (index, page) in pages.enumerated() { positions[page.outputPath] = index }
        }
        self.positions = positions
        menus = ordered.mapValues { $0.filter { $0.frontMatter.weight != nil } }
        pagesByPath = Dictionary(
            (source.pages + fallbacks).map { ($0.outputPath, $0) }, uniquingKeysWith: { first, _ in first })
        self.homes = homes
    }

    /// Puts `page` in place of the page with its output folder, for an edit of its text alone
    /// (`SettledBuild`): with its front matter unchanged, its place in the reading order and the
    /// menu is the same, so only the values change, each found by lookup.
    mutating func replace(_ page: Page) {
        translations.replace(page)
        if let index = positions[page.outputPath], ordered[page.language]?.indices.contains(index) == true {
            ordered[page.language]?[index] = page
        }
        if page.frontMatter.weight != nil,
            let index = menus[page.language]?.firstIndex(where: { $0.outputPath == page.outputPath })
        {
            menus[page.language]?[index] = page
        }
        if page.isHome { homes[page.language] = page }
        pagesByPath[page.outputPath] = page
    }

    /// Puts `page` in place of `old` (same output folder) after an edit of the front matter fields
    /// other pages show (title, description, weight): it moves to its new place in the reading
    /// order, the positions between its old and new place shift by one, and the menu is made again
    /// when either version sets a weight. Returns its old and new index in `ordered`.
    @discardableResult
    mutating func move(_ page: Page, from old: Page) -> (from: Int, to: Int)? {
        translations.replace(page)
        pagesByPath[page.outputPath] = page
        guard let from = positions[page.outputPath], ordered[page.language]?.indices.contains(from) == true else {
            return nil
        }
        ordered[page.language]?.remove(at: from)
        let key = Self.readingKey(page)
        var low = 0
        var high = ordered[page.language]?.count ?? 0
        while low < high {
            let middle = (low + high) / 2
            if let other = ordered[page.language]?[middle], Self.readingKey(other) < key {
                low = middle + 1
            } else {
                high = middle
            }
        }
        ordered[page.language]?.insert(page, at: low)
        for index in min(from, low)...max(from, low) {
            if let moved = ordered[page.language]?[index] { positions[moved.outputPath] = index }
        }
        if old.frontMatter.weight != nil || page.frontMatter.weight != nil {
            menus[page.language] = ordered[page.language]?.filter { $0.frontMatter.weight != nil }
        }
        return (from, low)
    }

    /// The reading order's sort key: weight (pages without one last), title, source path.
    private static func readingKey(_ page: Page) -> (Int, String, String) {
        (page.frontMatter.weight ?? Int.max, page.frontMatter.title, page.sourcePath)
    }

    /// The published address of a folder: absolute under `baseURL`, else relative to `from`.
    func url(of folder: [String], from: [String]) -> String {
        if config.baseURL.isEmpty { return linkStyle.href(from: from, to: folder) }
        return config.baseURL + folder.map { $0 + "/" }.joined()
    }
}

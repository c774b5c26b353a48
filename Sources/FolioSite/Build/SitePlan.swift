/// The outputs a build makes, decided from the pages' places and front matter before anything
/// renders: every authored page and fallback page, each language's glossary and print edition,
/// and the site-wide files (root index, 404 pages, stylesheet, robots, sitemap, favicon).
///
/// A plan reads no page text, so a build whose edits change only text keeps the last one; any
/// change of a page's front matter, of the set of pages, or of the configuration plans again
/// (`BuildCache.needsPlan`).
struct SitePlan: Sendable {
    /// Menus, reading orders, translation groups and fallbacks: what renderers read through
    /// `SiteReader`.
    let context: SiteContext
    /// The pages written through the page template, in the order a build reports their errors:
    /// authored pages (glossaries aside), then fallback pages.
    let pages: [Page]
    /// Each language's glossary page (none without a metric registry).
    let glossaries: [Page]
    /// The folders of `pages`: a glossary or print edition at one of them is not written.
    let claimed: Set<[String]>
    /// The folders whose bodies the print editions hold: the homes and the menus' pages.
    let printed: Set<[String]>
    /// Each page's index in `pages` by file path.
    let position: [String: Int]
    /// This plan, as opposed to an equal one made again: a build that keeps its plan compares
    /// nothing the plan decides.
    let identity = PlanIdentity()

    /// A plan of these parts (`SitePlan+Update`).
    init(
        context: SiteContext, pages: [Page], glossaries: [Page], claimed: Set<[String]>, printed: Set<[String]>,
        position: [String: Int]
    ) {
        self.context = context
        self.pages = pages
        self.glossaries = glossaries
        self.claimed = claimed
        self.printed = printed
        self.position = position
    }

    init(source: SiteSource, stylesheetName: String) throws {
        context = try SiteContext(source: source, stylesheetName: stylesheetName)
        pages = source.pages.filter { !Glossary.isGlossary($0) } + context.fallbacks
        glossaries = source.pages.filter(Glossary.isGlossary)
        claimed = Set(pages.map(\.outputPath))
        printed = PrintEdition.folders(context: context)
        position = Dictionary(
            pages.enumerated().map { (Self.file(of: $1), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether the output `id` (see `BuildCache.records`) is one this plan makes.
    func makes(_ id: String) -> Bool {
        if position[id] != nil || id == "site" { return true }
        if id.hasPrefix("glossary:") { return glossaries.contains { "glossary:" + Self.file(of: $0) == id } }
        if id.hasPrefix("print:") { return context.config.language(String(id.dropFirst(6))) != nil }
        if id.hasPrefix("search:") { return context.config.language(String(id.dropFirst(7))) != nil }
        if id.hasPrefix("searchIndex:") {
            return context.config.search && context.config.language(String(id.dropFirst(12))) != nil
        }
        return false
    }

    /// Where `page`'s file goes.
    static func file(of page: Page) -> String {
        (page.outputPath + ["index.html"]).joined(separator: "/")
    }

    /// Whether a key made from the plan alone has the same value here as in `other`: what a link
    /// to each page it names shows (`PlannedLink`). Compared in place, without building the values:
    /// a front-matter edit compares every page's neighbours, versions and section at 10,000 pages.
    func same(_ key: InputKey, as other: SitePlan) -> Bool {
        let (mine, theirs) = (context, other.context)
        switch key {
        case let .menu(language): return Self.sameLinks(mine.menus[language] ?? [], theirs.menus[language] ?? [])
        case let .order(language): return Self.sameLinks(mine.ordered[language] ?? [], theirs.ordered[language] ?? [])
        case let .neighbours(folder):
            return [-1, 1].allSatisfy {
                Self.sameLink(mine.neighbour(of: folder, by: $0), theirs.neighbour(of: folder, by: $0))
            }
        case let .versions(id):
            return Self.sameGroups(mine.translations.group(id), theirs.translations.group(id))
                && Self.sameGroups(mine.fallbackVersions[id], theirs.fallbackVersions[id])
        case let .section(folder): return Self.sameLink(mine.pagesByPath[folder], theirs.pagesByPath[folder])
        case let .listing(folder): return Self.sameLinks(mine.listings[folder] ?? [], theirs.listings[folder] ?? [])
        case let .sidebar(language): return Self.sameEntries(mine.sections.top[language], theirs.sections.top[language])
        case let .sectionEntries(folder):
            return Self.sameEntries(mine.sections.entries[folder], theirs.sections.entries[folder])
        default: return true
        }
    }

    /// Whether links to `a` and `b` show the same: place, front matter, language, fallback source.
    static func sameLink(_ a: Page?, _ b: Page?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a == b
            || (a.outputPath == b.outputPath && a.frontMatter == b.frontMatter && a.contentLanguage == b.contentLanguage
                && a.fallback?.outputPath == b.fallback?.outputPath)
    }

    private static func sameLinks(_ a: [Page], _ b: [Page]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { sameLink($0, $1) }
    }

    private static func sameGroups(_ a: [String: Page]?, _ b: [String: Page]?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.count == b.count && a.allSatisfy { language, page in sameLink(page, b[language]) }
    }

    private static func sameEntries(_ a: [SiteSections.Entry]?, _ b: [SiteSections.Entry]?) -> Bool {
        let (a, b) = (a ?? [], b ?? [])
        return a.count == b.count
            && zip(a, b).allSatisfy {
                $0.folder == $1.folder && $0.isSection == $1.isSection && sameLink($0.page, $1.page)
            }
    }
}

/// A plan's identity (see `SitePlan.identity`).
final class PlanIdentity: Sendable {}

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
        return false
    }

    /// Where `page`'s file goes.
    static func file(of page: Page) -> String {
        (page.outputPath + ["index.html"]).joined(separator: "/")
    }

    /// The value of a key made from the plan alone, for comparing two plans; nil for keys that are
    /// not the plan's.
    func value(of key: InputKey) -> [PlannedLink]? {
        switch key {
        case let .menu(language): return (context.menus[language] ?? []).map(PlannedLink.init)
        case let .order(language): return (context.ordered[language] ?? []).map(PlannedLink.init)
        case let .neighbours(folder):
            guard let page = context.pagesByPath[folder], let position = context.positions[folder],
                let reading = context.ordered[page.language]
            else { return [] }
            return [position - 1, position + 1].map {
                reading.indices.contains($0) ? PlannedLink(reading[$0]) : PlannedLink.none
            }
        case let .versions(id):
            let group = context.translations.versions(of: Self.probe(id)).values
            let fallbacks = (context.fallbackVersions[id] ?? [:]).values
            return (Array(group) + Array(fallbacks)).map(PlannedLink.init).sorted {
                $0.folder.lexicographicallyPrecedes($1.folder)
            }
        case let .section(folder): return context.pagesByPath[folder].map { [PlannedLink($0)] } ?? []
        case let .sidebar(language): return (context.sections.top[language] ?? []).map(PlannedLink.init)
        case let .sectionEntries(folder): return (context.sections.entries[folder] ?? []).map(PlannedLink.init)
        default: return nil
        }
    }

    /// A page standing for a translation group in `Translations.versions(of:)`, which looks a group up
    /// by its id.
    private static func probe(_ id: String) -> Page {
        var page = Page(
            sourcePath: "", language: "", contentPath: "", frontMatter: FrontMatter(title: "", draft: false), body: "",
            bodyFirstLine: 1, outputPath: [])
        if id.hasPrefix("key:") {
            page.frontMatter.translationKey = String(id.dropFirst(4))
        } else {
            page.contentPath = String(id.dropFirst(5))
        }
        return page
    }
}

/// What a link to a planned page shows: its place, front matter and language.
struct PlannedLink: Sendable, Equatable {
    var folder: [String]
    var frontMatter: FrontMatter?
    var language: String
    var fallback: [String]?

    static let none = PlannedLink(folder: [], frontMatter: nil, language: "", fallback: nil)

    init(_ page: Page) {
        self.init(
            folder: page.outputPath, frontMatter: page.frontMatter, language: page.contentLanguage,
            fallback: page.fallback?.outputPath)
    }

    /// A sidebar entry: its page, or a section folder without one.
    init(_ entry: SiteSections.Entry) {
        if let page = entry.page {
            self.init(page)
        } else {
            self.init(folder: entry.folder, frontMatter: nil, language: entry.folder.first ?? "", fallback: nil)
        }
    }

    private init(folder: [String], frontMatter: FrontMatter?, language: String, fallback: [String]?) {
        self.folder = folder
        self.frontMatter = frontMatter
        self.language = language
        self.fallback = fallback
    }
}

/// A plan's identity (see `SitePlan.identity`).
final class PlanIdentity: Sendable {}

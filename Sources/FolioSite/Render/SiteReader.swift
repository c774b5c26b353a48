/// The only way a renderer sees the rest of the site: each read of another page, a menu, an order
/// or a translation group is written to the output's `ReadLog`, so the next build knows what the
/// output depends on (see `InputKey`). Configuration, strings, templates and the stylesheet's name
/// are read by every output (`InputKey.everyOutputReads`) and are not logged one by one.
///
/// The site's plan (`SiteContext`) gives places and front matter; the text of a page, and so its
/// revision, is always the current one (`CurrentPages`), so a plan kept from the last build is
/// never read for what a text edit changed.
struct SiteReader: Sendable {
    private let context: SiteContext
    private let current: CurrentPages
    /// Nil when nothing is recorded (a build that keeps nothing for a next one).
    private let log: ReadLog?

    init(context: SiteContext, current: CurrentPages, log: ReadLog?) {
        self.context = context
        self.current = current
        self.log = log
    }

    var config: SiteConfig { context.config }
    var strings: [String: StringTable] { context.strings }
    var linkStyle: LinkStyle { context.linkStyle }
    var stylesheetName: String { context.stylesheetName }

    /// The published address of a folder: absolute under `baseURL`, else relative to `from`.
    func url(of folder: [String], from: [String]) -> String {
        context.url(of: folder, from: from)
    }

    func menu(_ language: String) -> [Page] {
        log?.insert(.menu(language))
        return context.menus[language] ?? []
    }

    /// A language's sidebar top level: the menu's top-level pages and every section.
    func sidebar(_ language: String) -> [SiteSections.Entry] {
        log?.insert(.sidebar(language))
        return context.sections.top[language] ?? []
    }

    /// The entries the sidebar lists inside the section at `folder`.
    func sectionEntries(_ folder: [String]) -> [SiteSections.Entry] {
        log?.insert(.sectionEntries(folder))
        return context.sections.entries[folder] ?? []
    }

    /// A language's pages in reading order (its home's chapter index).
    func order(_ language: String) -> [Page] {
        log?.insert(.order(language))
        return context.ordered[language] ?? []
    }

    /// The pages before and after `page` in its language's reading order.
    func neighbours(of page: Page) -> (previous: Page?, next: Page?) {
        log?.insert(.neighbours(page.outputPath))
        return (context.neighbour(of: page.outputPath, by: -1), context.neighbour(of: page.outputPath, by: 1))
    }

    /// The versions of `page` by language code, the page itself included.
    func versions(of page: Page) -> [String: Page] {
        log?.insert(.versions(page.translationID))
        return context.translations.versions(of: page)
    }

    /// The fallback page standing in for `page`'s translation group in `language`, if any.
    func fallback(of page: Page, in language: String) -> Page? {
        log?.insert(.versions(page.translationID))
        return context.fallbackVersions[page.translationID]?[language]
    }

    /// The section page at `folder`, if there is one (breadcrumbs).
    func section(at folder: [String]) -> Page? {
        log?.insert(.section(folder))
        return context.pagesByPath[folder]
    }

    /// The pages generated from data in `folder`, in listing order (its section page lists them).
    func listing(in folder: [String]) -> [Page] {
        log?.insert(.listing(folder))
        return context.listings[folder] ?? []
    }

    /// The current revision of the authored page `page` stands for.
    func revision(of page: Page) -> String {
        log?.insert(.revision(page.outputPath))
        return current.page(at: page.outputPath)?.revision ?? page.revision
    }
}

/// The authored pages as they are now, by output folder: a plan kept from the last build holds
/// their places and front matter, these hold their text.
struct CurrentPages: Sendable {
    var pages: [Page]
    var index: [[String]: Int]

    init(pages: [Page]) {
        self.pages = pages
        index = Dictionary(pages.enumerated().map { ($1.outputPath, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func page(at folder: [String]) -> Page? {
        index[folder].map { pages[$0] }
    }

    /// The newest `date` among a language's pages (`InputKey.newestDate`).
    func newestDate(_ language: String) -> String? {
        pages.lazy.filter { $0.language == language }.compactMap(\.frontMatter.date).max()
    }

    /// `planned` as it is now: an authored page's current version, or a fallback page with its
    /// source's current text.
    func resolve(_ planned: Page) -> Page {
        guard let source = planned.fallback else { return page(at: planned.outputPath) ?? planned }
        guard let current = page(at: source.outputPath) else { return planned }
        var page = planned
        page.body = current.body
        page.bodyFirstLine = current.bodyFirstLine
        page.row = current.row
        return page
    }
}

extension PageRenderer {
    /// This renderer reading the site through `reader`: one per output, so each records its own reads.
    func reading(through reader: SiteReader) -> PageRenderer {
        var renderer = self
        renderer.context = reader
        return renderer
    }
}

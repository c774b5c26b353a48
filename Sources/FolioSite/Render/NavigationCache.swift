import Synchronization

/// The menu (`nav.mustache`), rendered once per distinct menu rather than once per page.
///
/// A menu differs between pages only by which entry is current and by how deep the page sits
/// (relative links), so a site of thousands of pages has a few dozen distinct menus; rendering the
/// template for each page cost about 6 % of a large build. Like Hugo's `partialCached`, keyed by
/// everything the template sees, so a cached menu is always the one the template would render.
final class NavigationCache: Sendable {
    /// What tells two menus apart. The interface strings are left out: one cache serves one
    /// build (one `PageRenderer`), where they are fixed per language.
    struct Key: Hashable {
        var lang: String
        var homeHref: String
        var entries: [NavEntry]
    }

    private let rendered = Mutex<[Key: String]>([:])

    init() {}

    /// The menu's HTML for `view`, rendering it with `render` the first time this menu is seen.
    func html(for view: NavView, render: (NavView) -> String) -> String {
        let key = Key(lang: view.lang, homeHref: view.homeHref, entries: view.entries)
        if let hit = rendered.withLock({ $0[key] }) { return hit }
        var html = render(view)
        // Placed with `{{{navigation}}}` on a line of its own, which adds the line break back.
        if html.hasSuffix("\n") { html.removeLast() }
        rendered.withLock { $0[key] = html }
        return html
    }
}

/// What `nav.mustache` sees: the sidebar's top level, the current section opened.
struct NavView: Sendable {
    var lang: String
    var homeHref: String
    var entries: [NavEntry]
    var strings: [String: String]
}

/// One line of the sidebar (see `SiteSections`): a page, or a section folded in a `<details>`
/// that is open when the current page is in it, listing its entries only then. A long list is
/// windowed (`SidebarWindow`) and ends with a link to the page listing it whole.
struct NavEntry: Sendable, Hashable {
    var title: String
    /// Nil for a section without a page of its own.
    var href: String?
    var isCurrent: Bool = false
    var linkLang: String? = nil
    var langTag: String? = nil
    var isSection: Bool = false
    var isOpen: Bool = false
    var pages: [PageView.Link] = []
    /// The line after a windowed top level: the link to the home, which lists every page.
    var isAll: Bool = false
    /// The link after an open section's windowed pages, to the page that lists them all.
    var allHref: String? = nil
    var allTitle: String? = nil
}

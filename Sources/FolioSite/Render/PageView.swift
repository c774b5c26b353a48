/// Mustache reads stored properties only (through `Mirror`), so flags such as `hasToc` are stored.
///
/// What the page, home and 404 templates see: every field typed, so a template cannot ask for a
/// value the build never computed (a test renders every template against these).
struct PageView: Sendable, Equatable {
    struct Link: Sendable, Hashable {
        var title: String
        var href: String
        var isCurrent: Bool = false
        var description: String? = nil
    }

    struct Alternate: Sendable, Hashable {
        var hreflang: String
        var href: String
    }

    struct SwitcherEntry: Sendable, Hashable {
        var lang: String
        var label: String
        var href: String
        /// No translation exists: the link goes to that language's home.
        var isHome: Bool
    }

    struct TocEntry: Sendable, Hashable {
        var id: String
        var text: String
        var children: [TocEntry]
        var hasChildren: Bool
    }

    var lang: String
    var title: String
    var documentTitle: String
    var description: String
    var siteTitle: String
    var homeHref: String
    var stylesheetHref: String
    var faviconHref: String
    var canonicalHref: String
    /// Open Graph locale (`sv_SE`) and absolute URL (only with a `baseURL`: Open Graph needs one).
    var ogLocale: String
    var ogURL: String?
    var alternates: [Alternate]
    var switcher: [SwitcherEntry]
    var hasSwitcher: Bool
    var menu: [Link]
    /// `nav.mustache` rendered for this page's menu (see `NavigationCache`).
    var navigation: String
    var breadcrumbs: [Link]
    var toc: [TocEntry]
    var hasToc: Bool
    /// `toc` as nested lists (see `PageView.outline`).
    var tableOfContents: String
    var content: String
    /// Nil without a date: Mustache treats an empty string as true, so "no date" must be nil.
    var dateISO: String?
    var dateText: String?
    var previous: Link?
    var next: Link?
    var hasNeighbours: Bool
    var chapters: [Link]
    var strings: [String: String]
    /// The language's print edition, linked from the home page and the footer.
    var printHref: String? = nil
    /// `site.yml`'s `author`, on the print edition only (Chromium's PDF takes its metadata from the page).
    var author: String? = nil
}

/// What the root `index.html` sees: it sends readers to the default language without JavaScript.
struct RedirectView: Sendable {
    struct LanguageLink: Sendable {
        var lang: String
        var name: String
        var href: String
    }

    var lang: String
    var siteTitle: String
    var targetHref: String
    var canonicalHref: String
    var stylesheetHref: String
    var alternates: [PageView.Alternate]
    var languages: [LanguageLink]
}

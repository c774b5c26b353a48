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
        /// The linked page's content language when it differs from the menu's (a fallback page).
        /// (Not `lang`: Mustache would find the page's own `lang` when this one is nil.)
        var linkLang: String? = nil
        /// The visible tag naming that language (its own name for itself, `Svenska`).
        var langTag: String? = nil
    }

    /// A notice above the article in the page's language: a fallback page ("not translated yet")
    /// or an outdated translation ("the source changed since"), with a link to the source.
    struct Notice: Sendable, Hashable {
        /// `fallback` or `outdated`, for the class name.
        var kind: String
        var text: String
        var linkText: String?
        var linkHref: String?
        /// The source page's language, for the link's `hreflang`.
        var linkLang: String?
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
    /// The article's language when it is not the page's: a fallback page's source language.
    var contentLang: String? = nil
    /// `<meta name="robots" content="noindex">`: fallback pages are copies of their source.
    var noindex: Bool = false
    var notice: Notice? = nil
    /// Nil without a date: Mustache treats an empty string as true, so "no date" must be nil.
    var dateISO: String?
    var dateText: String?
    var previous: Link?
    var next: Link?
    var hasNeighbours: Bool
    var chapters: [Link]
    /// A section's page lists its pages (the home lists its chapters in its own template).
    var hasChapters: Bool = false
    var strings: [String: String]
    /// The language's print edition, linked from the home page and the footer.
    var printHref: String? = nil
    /// The language's search page (the subject index), the header's search form's `action`.
    var searchHref: String? = nil
    /// The search script and the way to the site's root folder, where `_search/` is (nil with `search: false`).
    var searchScript: String? = nil
    var searchRoot: String? = nil
    /// `site.yml`'s `author`, on the print edition only (Chromium's PDF takes its metadata from the page).
    var author: String? = nil
}

/// What the root pages see (`index.html`, `404.html`): every language side by side, each in its
/// own words and marked with its `lang`; the index forwards by meta refresh only when asked.
struct RedirectView: Sendable {
    struct LanguageLink: Sendable {
        var lang: String
        var name: String
        var href: String
        /// The site's title and description in this language (`site.yml`).
        var title: String = ""
        var description: String? = nil
        /// The interface words of this language the root pages show.
        var heading: String = ""
        var text: String = ""
        var linkText: String = ""
    }

    var lang: String
    var siteTitle: String
    /// The page's `<title>`: every language's heading.
    var documentTitle: String = ""
    /// Forward to `targetHref` by meta refresh (`rootRedirect: true` in site.yml).
    var refresh: Bool = false
    var faviconHref: String = ""
    var targetHref: String
    var canonicalHref: String
    var stylesheetHref: String
    var alternates: [PageView.Alternate]
    var languages: [LanguageLink]
}

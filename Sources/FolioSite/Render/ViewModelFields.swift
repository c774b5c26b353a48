import Mustache

/// A view model whose fields are listed once, in `fields`: Mustache reads them by name without
/// `Mirror`, and `LeafWalker` walks them for compiled templates.
///
/// swift-mustache reflects over every stored property on each `{{tag}}` unless the value is a
/// `MustacheParent`; that reflection was about 60 % of a build's CPU time (see BENCHMARKS.md).
/// A name the table does not list is not there for Mustache, which then looks further up its context
/// stack (`{{strings.menu}}` inside `{{#menu}}` asks each menu item for `strings` first): reflecting
/// on every such miss cost 14 % of a 4,000-page build. `ViewModelFieldsTests` fails while a stored
/// property is missing from the table, so nothing a template reads is left out.
protocol ViewModelFields: MustacheParent {
    static var fields: ViewFields<Self> { get }
}

extension ViewModelFields {
    /// The stored property `name`: `nil` when the table does not list it, `.some(nil)` when it is empty.
    func field(named name: String) -> Any?? {
        Self.fields.value(of: name, in: self)
    }

    func child(named name: String) -> Any? {
        field(named: name) ?? nil
    }

    /// Records this view's shape and leaves in `walker` (see `LeafWalker`).
    mutating func walk(_ walker: inout LeafWalker) {
        Self.fields.walk(&self, &walker)
    }
}

extension PageView: ViewModelFields {
    static let fields = ViewFields<PageView>([
        .text("lang", \.lang),
        .text("title", \.title),
        .text("documentTitle", \.documentTitle),
        .text("description", \.description),
        .text("siteTitle", \.siteTitle),
        .text("homeHref", \.homeHref),
        .text("stylesheetHref", \.stylesheetHref),
        .text("faviconHref", \.faviconHref),
        .text("canonicalHref", \.canonicalHref),
        .text("ogLocale", \.ogLocale),
        .text("ogURL", \.ogURL),
        .list("alternates", \.alternates),
        .list("switcher", \.switcher),
        .flag("hasSwitcher", \.hasSwitcher),
        .list("menu", \.menu),
        .text("navigation", \.navigation),
        .list("breadcrumbs", \.breadcrumbs),
        .list("toc", \.toc),
        .flag("hasToc", \.hasToc),
        .text("tableOfContents", \.tableOfContents),
        .text("content", \.content),
        .text("contentLang", \.contentLang),
        .flag("noindex", \.noindex),
        .item("notice", \.notice),
        .text("dateISO", \.dateISO),
        .text("dateText", \.dateText),
        .item("previous", \.previous),
        .item("next", \.next),
        .flag("hasNeighbours", \.hasNeighbours),
        .list("chapters", \.chapters),
        .flag("hasChapters", \.hasChapters),
        .fixedPerLanguage("strings", \.strings),
        .text("printHref", \.printHref),
        .text("searchHref", \.searchHref),
        .text("searchScript", \.searchScript),
        .text("searchRoot", \.searchRoot),
        .text("author", \.author),
    ])
}

extension PageView.Link: ViewModelFields {
    static let fields = ViewFields<PageView.Link>([
        .text("title", \.title),
        .text("href", \.href),
        .flag("isCurrent", \.isCurrent),
        .text("description", \.description),
        .text("linkLang", \.linkLang),
        .text("langTag", \.langTag),
    ])
}

extension PageView.Notice: ViewModelFields {
    static let fields = ViewFields<PageView.Notice>([
        .text("kind", \.kind),
        .text("text", \.text),
        .text("linkText", \.linkText),
        .text("linkHref", \.linkHref),
        .text("linkLang", \.linkLang),
    ])
}

extension PageView.Alternate: ViewModelFields {
    static let fields = ViewFields<PageView.Alternate>([
        .text("hreflang", \.hreflang),
        .text("href", \.href),
    ])
}

extension PageView.SwitcherEntry: ViewModelFields {
    static let fields = ViewFields<PageView.SwitcherEntry>([
        .text("lang", \.lang),
        .text("label", \.label),
        .text("href", \.href),
        .flag("isHome", \.isHome),
    ])
}

extension PageView.TocEntry: ViewModelFields {
    static let fields = ViewFields<PageView.TocEntry>([
        .text("id", \.id),
        .text("text", \.text),
        .list("children", \.children),
        .flag("hasChildren", \.hasChildren),
    ])
}

/// Rendered by swift-mustache only (once per menu), so never walked; listed for the lookup.
extension NavView: ViewModelFields {
    static let fields = ViewFields<NavView>([
        .text("lang", \.lang),
        .text("homeHref", \.homeHref),
        .list("entries", \.entries),
        .fixedPerLanguage("strings", \.strings),
    ])
}

/// Rendered inside `NavView` only, so never walked; listed for the lookup.
extension NavEntry: ViewModelFields {
    static let fields = ViewFields<NavEntry>([
        .text("title", \.title),
        .text("href", \.href),
        .flag("isCurrent", \.isCurrent),
        .text("linkLang", \.linkLang),
        .text("langTag", \.langTag),
        .flag("isSection", \.isSection),
        .flag("isOpen", \.isOpen),
        .list("pages", \.pages),
        .flag("isAll", \.isAll),
        .text("allHref", \.allHref),
        .text("allTitle", \.allTitle),
    ])
}

/// Rendered by swift-mustache only (once per build), so never walked; listed for the lookup.
extension RedirectView: ViewModelFields {
    static let fields = ViewFields<RedirectView>([
        .text("lang", \.lang),
        .text("siteTitle", \.siteTitle),
        .text("documentTitle", \.documentTitle),
        .flag("refresh", \.refresh),
        .text("faviconHref", \.faviconHref),
        .text("targetHref", \.targetHref),
        .text("canonicalHref", \.canonicalHref),
        .text("stylesheetHref", \.stylesheetHref),
        .list("alternates", \.alternates),
        .list("languages", \.languages),
    ])
}

extension RedirectView.LanguageLink: ViewModelFields {
    static let fields = ViewFields<RedirectView.LanguageLink>([
        .text("lang", \.lang),
        .text("name", \.name),
        .text("href", \.href),
        .text("title", \.title),
        .text("description", \.description),
        .text("heading", \.heading),
        .text("text", \.text),
        .text("linkText", \.linkText),
    ])
}

import FolioData
import FolioMarkdown
import Foundation

/// Turns one page and its rendered Markdown into a complete HTML document. Pure: no I/O.
struct PageRenderer: Sendable {
    /// The site as this output may read it: each output renders with its own reader, which records its reads.
    var context: SiteReader
    let templates: TemplateSet
    let navigations = NavigationCache()
    let dates = Memo<[String], String>()

    /// Compiled page templates, per shape (see `TemplateShapes`).
    let shapes: TemplateShapes
    /// The listings' entries as `folio serve` keeps them between builds; nil to keep none.
    let listings: ListingMarkup?

    /// `compiledTemplates: false` renders every page with swift-mustache (`BuildOptions`). `shapes`: the
    /// last build's compiled templates, when its templates and interface strings were the same;
    /// `listings`: the last build's listing entries (`folio serve`).
    init(
        context: SiteReader, templates: TemplateSet, compiledTemplates: Bool = true, shapes: TemplateShapes? = nil,
        listings: ListingMarkup? = nil
    ) {
        self.context = context
        self.templates = templates
        self.shapes = shapes ?? TemplateShapes(compiling: compiledTemplates)
        self.listings = listings
    }

    func render(_ page: Page, markdown: RenderedMarkdown) -> [UInt8] {
        render(pageView(page, markdown: markdown), of: page)
    }

    /// The page's document from its view: the home or the page template.
    func render(_ view: PageView, of page: Page) -> [UInt8] {
        shapes.document(view, template: page.isHome ? "home" : "page", templates: templates)
    }

    func pageView(_ page: Page, markdown: RenderedMarkdown) -> PageView {
        let here = page.outputPath
        let strings = context.strings[page.language]?.values ?? [:]
        let language = context.config.language(page.language)
        let siteTitle = language?.siteTitle ?? ""
        let link = { (target: Page) in pageLink(to: target, from: page) }
        let entries = sidebar(language: page.language, current: page) { href(here, $0) }
        let neighbours = context.neighbours(of: page)
        let previous = neighbours.previous.map(link)
        let next = neighbours.next.map(link)
        let toc = PageView.toc(for: markdown.headings)
        let listed = chapters(of: page).map(link)
        let description = page.frontMatter.description ?? language?.siteDescription ?? ""
        let homeHref = href(here, [page.language])
        return PageView(
            lang: page.language,
            title: page.frontMatter.title,
            documentTitle: page.isHome ? siteTitle : "\(page.frontMatter.title) – \(siteTitle)",
            description: description,
            siteTitle: siteTitle,
            homeHref: homeHref,
            stylesheetHref: context.linkStyle.href(from: here, toFile: context.stylesheetName),
            faviconHref: context.linkStyle.href(from: here, toFile: SiteContext.faviconName),
            canonicalHref: context.url(of: page.fallback?.outputPath ?? here, from: here),
            ogLocale: language?.locale ?? page.language,
            ogURL: context.config.baseURL.isEmpty ? nil : context.url(of: here, from: here),
            alternates: alternates(for: page),
            switcher: switcher(for: page),
            hasSwitcher: context.config.languages.count > 1,
            menu: Self.menuLinks(entries),
            navigation: navigation(lang: page.language, homeHref: homeHref, entries: entries, strings: strings),
            breadcrumbs: breadcrumbs(for: page),
            toc: page.isHome ? [] : toc,
            hasToc: !page.isHome && toc.count >= 2,
            tableOfContents: page.isHome || toc.count < 2 ? "" : PageView.outline(toc),
            content: markdown.html + listing(for: page),
            contentLang: page.fallback?.language,
            noindex: page.fallback != nil,
            notice: notice(for: page, strings: strings, locale: language?.locale ?? page.language),
            dateISO: page.frontMatter.date,
            dateText: page.frontMatter.date.map { localizedDate($0, locale: language?.locale ?? page.language) },
            previous: previous,
            next: next,
            hasNeighbours: previous != nil || next != nil,
            chapters: listed,
            hasChapters: !page.isHome && !listed.isEmpty,
            strings: strings,
            printHref: href(
                here, PrintEdition.outputPath(language: page.language, strings: context.strings[page.language])),
            searchHref: href(
                here, SubjectIndex.outputPath(language: page.language, strings: context.strings[page.language])),
            searchScript: context.config.search
                ? context.linkStyle.href(from: here, toFile: SearchFiles.scriptName) : nil,
            searchRoot: context.config.search ? SearchFiles.root(from: here, baseURL: context.config.baseURL) : nil
        )
    }

    /// A link from `page` to `target`, tagged with the target's language when it is another.
    private func pageLink(to target: Page, from page: Page) -> PageView.Link {
        let here = page.outputPath
        let foreign = target.contentLanguage != page.language ? target.contentLanguage : nil
        return PageView.Link(
            title: target.frontMatter.title, href: href(here, target.outputPath),
            isCurrent: target.outputPath == here, description: target.frontMatter.description,
            linkLang: foreign, langTag: foreign.map { context.strings[$0]?["languageName"] ?? $0 })
    }

    /// A "page not found" document for one language, placed at `folder` (`[]` for the site root).
    func notFound(language code: String, at folder: [String]) -> String {
        let strings = context.strings[code]?.values ?? [:]
        let language = context.config.language(code)
        // A host serves 404.html for any missing path, so links must not depend on where it sits:
        // absolute under baseURL; relative otherwise (correct for misses one level deep).
        func link(_ target: [String]) -> String {
            context.config.baseURL.isEmpty
                ? context.linkStyle.href(from: folder, to: target) : context.url(of: target, from: folder)
        }
        let entries = sidebar(language: code, current: nil, href: link)
        let view = PageView(
            lang: code, title: strings["pageNotFound"] ?? "",
            documentTitle: "\(strings["pageNotFound"] ?? "") – \(language?.siteTitle ?? "")",
            description: strings["pageNotFoundText"] ?? "", siteTitle: language?.siteTitle ?? "",
            homeHref: link([code]),
            stylesheetHref: context.config.baseURL.isEmpty
                ? context.linkStyle.href(from: folder, toFile: context.stylesheetName)
                : context.config.baseURL + context.stylesheetName,
            faviconHref: context.config.baseURL.isEmpty
                ? context.linkStyle.href(from: folder, toFile: SiteContext.faviconName)
                : context.config.baseURL + SiteContext.faviconName,
            canonicalHref: link([code]),
            ogLocale: language?.locale ?? code, ogURL: nil,
            alternates: [], switcher: [], hasSwitcher: false,
            menu: Self.menuLinks(entries),
            navigation: navigation(lang: code, homeHref: link([code]), entries: entries, strings: strings),
            breadcrumbs: [], toc: [], hasToc: false, tableOfContents: "", content: "", dateISO: nil, dateText: nil,
            previous: nil, next: nil, hasNeighbours: false, chapters: [], strings: strings,
            printHref: link(PrintEdition.outputPath(language: code, strings: context.strings[code])),
            searchHref: link(SubjectIndex.outputPath(language: code, strings: context.strings[code])))
        return templates.render(view, template: "notfound")
    }

    /// The root `index.html`: each language's name, site title and description in its own
    /// language, as links to its home; a meta refresh to the default language only with
    /// `rootRedirect: true`, so readers of every language choose for themselves.
    func languageChoice() -> String {
        let code = context.config.defaultLanguage
        let refresh = context.config.rootRedirect
        let languages = rootLanguages(heading: "chooseLanguage", text: nil, linkText: nil) { href([], [$0]) }
        let view = RedirectView(
            lang: code,
            siteTitle: context.config.language(code)?.siteTitle ?? "",
            documentTitle: languages.map(\.title).joined(separator: " · "),
            refresh: refresh,
            faviconHref: context.linkStyle.href(from: [], toFile: SiteContext.faviconName),
            targetHref: href([], [code]),
            canonicalHref: context.url(of: refresh ? [code] : [], from: []),
            stylesheetHref: context.linkStyle.href(from: [], toFile: context.stylesheetName),
            alternates: context.config.languages.map {
                .init(hreflang: $0.code, href: context.url(of: [$0.code], from: []))
            }
                + [.init(hreflang: "x-default", href: context.url(of: refresh ? [code] : [], from: []))],
            languages: languages)
        return templates.render(view, template: "redirect")
    }

    /// The root `404.html`: "page not found" in every language, each with a link to its home.
    /// Hosts serve it for any missing path, so its links are absolute under a `baseURL`.
    func rootNotFound() -> String {
        let code = context.config.defaultLanguage
        func link(_ target: [String]) -> String {
            context.config.baseURL.isEmpty ? href([], target) : context.url(of: target, from: [])
        }
        func file(_ name: String) -> String {
            context.config.baseURL.isEmpty
                ? context.linkStyle.href(from: [], toFile: name) : context.config.baseURL + name
        }
        let languages = rootLanguages(heading: "pageNotFound", text: "pageNotFoundText", linkText: "backToHome") {
            link([$0])
        }
        let view = RedirectView(
            lang: code, siteTitle: context.config.language(code)?.siteTitle ?? "",
            documentTitle: languages.map(\.heading).joined(separator: " · "), refresh: false,
            faviconHref: file(SiteContext.faviconName), targetHref: link([code]), canonicalHref: link([code]),
            stylesheetHref: file(context.stylesheetName), alternates: [], languages: languages)
        return templates.render(view, template: "rootnotfound")
    }

    private func rootLanguages(heading: String, text: String?, linkText: String?, href: (String) -> String)
        -> [RedirectView.LanguageLink]
    {
        context.config.languages.map { language in
            let strings = context.strings[language.code]
            return RedirectView.LanguageLink(
                lang: language.code, name: strings?["languageName"] ?? language.name, href: href(language.code),
                title: language.siteTitle,
                description: language.siteDescription.isEmpty ? nil : language.siteDescription,
                heading: strings?[heading] ?? "", text: text.map { strings?[$0] ?? "" } ?? "",
                linkText: linkText.map { strings?[$0] ?? "" } ?? "")
        }
    }

    private func href(_ from: [String], _ to: [String]) -> String {
        context.linkStyle.href(from: from, to: to)
    }

    /// The fallback notice, or the outdated notice of a translation whose recorded
    /// `sourceRevision` differs from its source's revision (none without one, or when turned off).
    private func notice(for page: Page, strings: [String: String], locale: String) -> PageView.Notice? {
        if page.fallback != nil {
            return PageView.Notice(kind: "fallback", text: strings["fallbackNotice"] ?? "")
        }
        let code = context.config.defaultLanguage
        guard context.config.outdatedNotices, page.language != code, let recorded = page.frontMatter.sourceRevision,
            let source = context.versions(of: page)[code], recorded != context.revision(of: source)
        else { return nil }
        var text = strings["outdatedNotice"] ?? ""
        if let date = source.frontMatter.date {
            text +=
                " "
                + (strings["outdatedSourceDate"] ?? "").replacingOccurrences(
                    of: "{date}", with: localizedDate(date, locale: locale))
        }
        return PageView.Notice(
            kind: "outdated", text: text, linkText: strings["outdatedSourceLink"],
            linkHref: href(page.outputPath, source.outputPath), linkLang: code)
    }

    private func alternates(for page: Page) -> [PageView.Alternate] {
        // A fallback page is a copy of its source, which is canonical: it names no translations.
        guard page.fallback == nil else { return [] }
        let versions = context.versions(of: page)
        var result = context.config.languages.compactMap { language in
            versions[language.code].map {
                PageView.Alternate(hreflang: language.code, href: context.url(of: $0.outputPath, from: page.outputPath))
            }
        }
        if let fallback = versions[context.config.defaultLanguage] {
            result.append(
                .init(hreflang: "x-default", href: context.url(of: fallback.outputPath, from: page.outputPath)))
        }
        return result
    }

    private func switcher(for page: Page) -> [PageView.SwitcherEntry] {
        let versions = context.versions(of: page)
        return context.config.languages.filter { $0.code != page.language }.map { language in
            let strings = context.strings[language.code]
            if let translation = versions[language.code] {
                return .init(
                    lang: language.code, label: strings?["readInLanguage"] ?? language.name,
                    href: href(page.outputPath, translation.outputPath), isHome: false)
            }
            if let fallback = context.fallback(of: page, in: language.code) {
                return .init(
                    lang: language.code, label: strings?["fallbackInLanguage"] ?? language.name,
                    href: href(page.outputPath, fallback.outputPath), isHome: false)
            }
            return .init(
                lang: language.code, label: strings?["homeInLanguage"] ?? language.name,
                href: href(page.outputPath, [language.code]), isHome: true)
        }
    }

    private func breadcrumbs(for page: Page) -> [PageView.Link] {
        guard !page.isHome else { return [] }
        var crumbs = [
            PageView.Link(
                title: context.strings[page.language]?["home"] ?? "", href: href(page.outputPath, [page.language]))
        ]
        // Section pages (`guide/_index.md`) between the home and the page, when they exist.
        for depth in stride(from: 2, to: page.outputPath.count, by: 1) {
            let folder = Array(page.outputPath.prefix(depth))
            if let section = context.section(at: folder) {
                crumbs.append(.init(title: section.frontMatter.title, href: href(page.outputPath, folder)))
            }
        }
        return crumbs
    }

    func localizedDate(_ text: String, locale: String) -> String {
        dates.value(for: [text, locale]) { Self.formatDate($0[0], locale: $0[1]) }
    }

    private static func formatDate(_ text: String, locale: String) -> String {
        guard let day = CalendarDay(text) else { return text }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))
        else { return text }
        var style = Date.FormatStyle(
            date: .long, time: .omitted, locale: Locale(identifier: locale), calendar: calendar)
        style.timeZone = calendar.timeZone
        return date.formatted(style)
    }
}

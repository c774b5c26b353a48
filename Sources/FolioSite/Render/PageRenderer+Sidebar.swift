extension PageRenderer {
    /// The sidebar for a page of `language`: the top level, and the entries of `current`'s section
    /// (the section holding it, opened). `href` makes each link (relative to the page, or absolute
    /// on a 404 page); nil `current` opens no section.
    func sidebar(language: String, current: Page?, href: ([String]) -> String) -> [NavEntry] {
        let here = current?.outputPath
        let open = current.flatMap(SiteSections.section(of:))
        return context.sidebar(language).map { entry in
            var line = navEntry(entry, language: language, here: here, href: href)
            guard entry.isSection else { return line }
            line.isSection = true
            if entry.folder == open {
                line.isOpen = true
                line.pages = context.sectionEntries(entry.folder).map {
                    let page = navEntry($0, language: language, here: here, href: href)
                    return PageView.Link(
                        title: page.title, href: page.href ?? "", isCurrent: page.isCurrent, linkLang: page.linkLang,
                        langTag: page.langTag)
                }
            }
            return line
        }
    }

    /// The sidebar's top level as plain links (`PageView.menu`, for templates that list it).
    static func menuLinks(_ entries: [NavEntry]) -> [PageView.Link] {
        entries.compactMap { entry in
            entry.href.map {
                PageView.Link(
                    title: entry.title, href: $0, isCurrent: entry.isCurrent, linkLang: entry.linkLang,
                    langTag: entry.langTag)
            }
        }
    }

    /// `nav.mustache` for one sidebar, rendered once per distinct sidebar.
    func navigation(lang: String, homeHref: String, entries: [NavEntry], strings: [String: String]) -> String {
        navigations.html(for: NavView(lang: lang, homeHref: homeHref, entries: entries, strings: strings)) {
            templates.render($0, template: "nav")
        }
    }

    private func navEntry(_ entry: SiteSections.Entry, language: String, here: [String]?, href: ([String]) -> String)
        -> NavEntry
    {
        let foreign = entry.page.flatMap { $0.contentLanguage != language ? $0.contentLanguage : nil }
        return NavEntry(
            title: entry.title, href: entry.page.map { href($0.outputPath) }, isCurrent: entry.folder == here,
            linkLang: foreign, langTag: foreign.map { context.strings[$0]?["languageName"] ?? $0 })
    }
}

extension PageRenderer {
    /// What a page lists under its text: the home, the whole reading order; a section's page, the
    /// section's entries; any other page, nothing.
    func chapters(of page: Page) -> [Page] {
        if page.isHome { return context.order(page.language) }
        guard SiteSections.isSectionPage(page) else { return [] }
        return context.sectionEntries(page.outputPath).compactMap(\.page)
    }
}

extension PageRenderer {
    /// The sidebar for a page of `language`: the top level, and the entries of `current`'s section
    /// (the section holding it, opened), each list windowed around the current page when it is
    /// long (`SidebarWindow`). `href` makes each link (relative to the page, or absolute on a 404
    /// page); nil `current` opens no section.
    func sidebar(language: String, current: Page?, href: ([String]) -> String) -> [NavEntry] {
        let here = current?.outputPath
        let open = current.flatMap(SiteSections.section(of:))
        let top = context.sidebar(language)
        let window = SidebarWindow(count: top.count, current: Self.line(holding: here, in: top))
        var lines = top[window.shown].map { entry in
            var line = navEntry(entry, language: language, here: here, href: href)
            guard entry.isSection else { return line }
            line.isSection = true
            if entry.folder == open {
                line.isOpen = true
                openSection(&line, entry, language: language, here: here, href: href)
            }
            return line
        }
        if window.isWindowed {
            lines.append(
                NavEntry(
                    title: label("allChapters", language: language, count: top.count, section: ""),
                    href: href([language]), isCurrent: here == [language], isAll: true))
        }
        return lines
    }

    /// Lists the open section's pages in `line`, windowed, ending with a link to the section's
    /// page (or, for a section without one, the home: both list every page in full).
    private func openSection(
        _ line: inout NavEntry, _ section: SiteSections.Entry, language: String, here: [String]?,
        href: ([String]) -> String
    ) {
        let entries = context.sectionEntries(section.folder)
        let window = SidebarWindow(count: entries.count, current: Self.line(holding: here, in: entries))
        line.pages = entries[window.shown].map {
            let page = navEntry($0, language: language, here: here, href: href)
            return PageView.Link(
                title: page.title, href: page.href ?? "", isCurrent: page.isCurrent, linkLang: page.linkLang,
                langTag: page.langTag)
        }
        guard window.isWindowed else { return }
        line.allHref = href(section.page?.outputPath ?? [language])
        line.allTitle = label("allPages", language: language, count: entries.count, section: section.title)
    }

    /// The index of the line in `entries` that is the page at `here` or the folder holding it.
    private static func line(holding here: [String]?, in entries: [SiteSections.Entry]) -> Int? {
        guard let here else { return nil }
        return entries.firstIndex { here.starts(with: $0.folder) }
    }

    /// The interface string `key` with its `{count}` and `{section}` filled in.
    private func label(_ key: String, language: String, count: Int, section: String) -> String {
        (context.strings[language]?[key] ?? "")
            .replacingOccurrences(of: "{count}", with: String(count))
            .replacingOccurrences(of: "{section}", with: section)
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

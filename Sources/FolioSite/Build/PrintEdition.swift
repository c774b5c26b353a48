import FolioHTML
import FolioMarkdown

/// The print edition: one page per language (`sv/utskrift/`) holding the whole site in menu order,
/// for paper and for `folio pdf`. A title page, a numbered table of contents, the home page's
/// text as the introduction, every menu page as a chapter, the glossary last and then the subject
/// index with section numbers (`PrintIndex`).
///
/// Every chapter's ids get the chapter's prefix and links between chapters become `#` links inside
/// the document (`ChapterMarkup`), so the page stands alone on paper; data tables print open and
/// CSV download links are left out (`PaperMarkup`). Pure: it is assembled from
/// the rendered pages' bodies, so an edit to any chapter gives a new edition in the same build.
enum PrintEdition {
    static let stringKeys = ["printTitle", "printSlug", "printIntroduction", "printUpdated", "printIndex"]
    /// Page ids the edition's own markup uses; no chapter anchor may take them.
    static let reservedIDs: Set<String> = ["main", "print-contents", PrintIndex.id]

    /// One section of the edition: a page's body under its own heading.
    struct Chapter: Sendable {
        var page: Page
        var title: String
        var body: ChapterBody
        /// Nil for the introduction, which is not numbered.
        var number: Int?
        /// A page generated from data, as a section of its folder's chapter (`3.4`).
        var section: Int? = nil

        /// `3`, or `3.4` for a generated page; nil for the introduction.
        var label: String? { number.map { number in section.map { "\(number).\($0)" } ?? String(number) } }
    }

    /// The pages generated from data in a chapter's folder that the edition holds (`print: false` on
    /// their template leaves them out): authored in this language, not fallbacks.
    static func sections(of chapter: Page, context: SiteContext) -> [Page] {
        (context.listings[chapter.outputPath] ?? []).filter { $0.fallback == nil && $0.row?.printed != false }
    }

    /// The folders of every page some edition holds, so a build keeps only their bodies.
    static func folders(context: SiteContext) -> Set<[String]> {
        let menus = context.menus.values.joined()
        return Set(
            context.homes.values.map(\.outputPath) + menus.map(\.outputPath)
                + menus.flatMap { sections(of: $0, context: context).map(\.outputPath) })
    }

    /// Where a language's edition is written: `[sv, utskrift]`.
    static func outputPath(language: String, strings: StringTable?) -> [String] {
        let slug = Slug.make(strings?["printSlug"] ?? "")
        return [language, slug.isEmpty ? "print" : slug]
    }

    /// What a page is in the edition, for the lookup of its body.
    enum Role {
        case introduction
        case chapter
        /// A page generated from data in the chapter's folder.
        case section(of: Page)
    }

    /// The edition's sections for one language: the home page's text (when it has any), the menu's
    /// pages in menu order and the glossary last. `body` gives each page's rendered body (nil: the
    /// page is left out).
    static func chapters(language: String, context: SiteContext, body bodyOf: (Page, Role) -> ChapterBody?)
        -> [Chapter]
    {
        var chapters: [Chapter] = []
        let strings = context.strings[language]
        if let home = context.homes[language], let body = bodyOf(home, .introduction),
            !body.html.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        {
            chapters.append(Chapter(page: home, title: strings?["printIntroduction"] ?? "", body: body, number: nil))
        }
        let menu = context.menus[language] ?? []
        let ordered = menu.filter { !Glossary.isGlossary($0) } + menu.filter(Glossary.isGlossary)
        var number = 0
        for page in ordered {
            guard let body = bodyOf(page, .chapter) else { continue }
            number += 1
            chapters.append(Chapter(page: page, title: page.frontMatter.title, body: body, number: number))
            // After the chapter's own `##` sections, which the contents number 3.1, 3.2, …
            var section = body.headings.filter { $0.level == 2 }.count
            for generated in sections(of: page, context: context) {
                guard let body = bodyOf(generated, .section(of: page)) else { continue }
                section += 1
                chapters.append(
                    Chapter(
                        page: generated, title: generated.frontMatter.title, body: body, number: number,
                        section: section))
            }
        }
        return chapters
    }

    /// The edition's `<article>`, in pieces to be written one after the other: title page and
    /// contents, each chapter, subject index (see `article(chapters:…:emit:)`).
    static func article(
        chapters: [Chapter], siteTitle: String, description: String, date: (iso: String, text: String)?,
        strings: StringTable, locale: String, letterPaper: Bool, at folder: [String], linkStyle: LinkStyle,
        kept: inout PrintSections?
    ) -> [String] {
        var pieces: [String] = []
        article(
            chapters: chapters, siteTitle: siteTitle, description: description, date: date, strings: strings,
            locale: locale, letterPaper: letterPaper, at: folder, linkStyle: linkStyle, kept: &kept
        ) { pieces.append($0) }
        return pieces
    }

    /// The edition's `<article>`, each piece handed to `emit` as soon as it is made: title page and
    /// contents, each chapter, subject index. `date` is the newest page's date, machine-readable
    /// and as readers see it; `locale` orders the index. `kept`: the sections `folio serve` kept
    /// from the last build, reused where they still fit (`PrintSection.fits`), and this build's on
    /// return; nil to keep none, and then no section outlives its piece: an edition of 10,000
    /// sections is 31 MB (bench/pages-from-data).
    static func article(
        chapters: [Chapter], siteTitle: String, description: String, date: (iso: String, text: String)?,
        strings: StringTable, locale: String, letterPaper: Bool, at folder: [String], linkStyle: LinkStyle,
        kept: inout PrintSections?, emit: (String) throws -> Void
    ) rethrows {
        let keeping = kept != nil
        // Sections made at another folder or with another link style are not kept.
        let old = kept.map { kept in
            let usable = kept.folder == folder && kept.linkStyle == linkStyle
            return (usable ? kept : PrintSections(folder: folder, linkStyle: linkStyle)).aligned(with: chapters)
        }
        kept = nil
        let markups = markups(of: chapters, anchors: anchors(of: chapters), kept: old?.parts)
        let moved = old.map { PrintSections.moved(from: $0, to: chapters, markups: markups) } ?? []
        let reused = chapters.indices.map { position in
            old?.parts[position].flatMap {
                $0.value.fits(chapters[position], anchor: markups[position].anchor, moved: moved) ? $0 : nil
            }
        }

        var html = "<article class=\"print-edition\(letterPaper ? " print-edition--letter" : "")\">\n"
        html += "<header class=\"print-cover\">\n<h1>\(escape(siteTitle))</h1>\n"
        if !description.isEmpty { html += "<p class=\"lede\">\(escape(description))</p>\n" }
        if let date {
            html +=
                "<p class=\"meta\">\(escape(strings["printUpdated"])) <time datetime=\"\(escape(date.iso))\">\(escape(date.text))</time></p>\n"
        }
        html += "</header>\n"
        let index = PrintIndex.html(chapters: chapters, markups: markups, strings: strings, locale: locale)
        html += contents(
            chapters: chapters, markups: markups, reused: reused, title: strings["contents"],
            index: index.isEmpty ? nil : strings["printIndex"])
        try emit(html)
        var parts: [Shared<PrintSection>] = []
        // Made only when a section is: 10,000 folders hashed for a row edit's one section.
        var byFolder: [[String]: ChapterMarkup]?
        for batch in stride(from: 0, to: chapters.count, by: sectionBatch) {
            let positions = batch..<min(batch + sectionBatch, chapters.count)
            let missing = positions.filter { reused[$0] == nil }
            if !missing.isEmpty, byFolder == nil {
                byFolder = Dictionary(
                    zip(chapters.map(\.page.outputPath), markups), uniquingKeysWith: { _, last in last })
            }
            let links = byFolder ?? [:]
            let made = missing.concurrentMap { position in
                Shared(
                    section(
                        chapters[position], markup: markups[position], at: folder, chapters: links, linkStyle: linkStyle
                    )
                )
            }
            var next = made.makeIterator()
            for position in positions {
                guard let part = reused[position] ?? next.next() else { continue }
                try emit(part.value.html)
                if keeping { parts.append(part) }
            }
        }
        if keeping { kept = PrintSections(folder: folder, linkStyle: linkStyle, parts: parts) }
        try emit(index + "</article>\n")
    }

    /// How many sections are made at once, on every core, before they are written and let go.
    private static let sectionBatch = 256

    /// Each chapter's anchor and ids; a kept section's ids stand for its HTML, which stays packed
    /// unless the section is made again. The ids of the others are read from their HTML on every
    /// core; no markup holds the HTML (a packed body's would be unpacked for the whole edition):
    /// `section` reads it again.
    private static func markups(of chapters: [Chapter], anchors: [String], kept: [Shared<PrintSection>?]?)
        -> [ChapterMarkup]
    {
        let known = chapters.indices.map { position -> ChapterMarkup? in
            guard let part = kept?[position]?.value, part.body.isSame(as: chapters[position].body) else { return nil }
            return ChapterMarkup(anchor: anchors[position], ids: part.ids)
        }
        let read = chapters.indices.filter { known[$0] == nil }.concurrentMap { position in
            ChapterMarkup(anchor: anchors[position], ids: ChapterMarkup.ids(in: chapters[position].body.html))
        }
        var next = read.makeIterator()
        return known.map { $0 ?? next.next() ?? ChapterMarkup(anchor: "", ids: []) }
    }

    /// Each chapter's anchor: its heading's id and the prefix of its ids, from its folder (the
    /// introduction's from its title), made unique in the order of the chapters.
    private static func anchors(of chapters: [Chapter]) -> [String] {
        var used = reservedIDs
        return chapters.map { chapter in
            var anchor =
                chapter.page.isHome
                ? Slug.make(chapter.title) : chapter.page.outputPath.dropFirst().joined(separator: "-")
            if anchor.isEmpty { anchor = "chapter" }
            var candidate = anchor
            var suffix = 2
            while !used.insert(candidate).inserted {
                candidate = "\(anchor)-\(suffix)"
                suffix += 1
            }
            return candidate
        }
    }

    /// The description printed under a chapter's heading; none for the introduction.
    static func lede(of chapter: Chapter) -> String? {
        guard !chapter.page.isHome, let lede = chapter.page.frontMatter.description, !lede.isEmpty else { return nil }
        return lede
    }

    /// One chapter's `<section>` for paper and its contents entry, made from its body: ids
    /// prefixed, links resolved within the edition (`resolve`), data tables open, downloads out.
    private static func section(
        _ chapter: Chapter, markup kept: ChapterMarkup, at folder: [String], chapters: [[String]: ChapterMarkup],
        linkStyle: LinkStyle
    ) -> PrintSection {
        let markup =
            kept.html.isEmpty ? ChapterMarkup(html: chapter.body.html, anchor: kept.anchor, ids: kept.ids) : kept
        var lookups: Set<[String]> = []
        var html = "<section class=\"print-chapter\" aria-labelledby=\"\(markup.anchor)\">\n"
        html += "<h2 id=\"\(markup.anchor)\">\(numbered(chapter.label, chapter.title))</h2>\n"
        let lede = lede(of: chapter)
        if let lede { html += "<p class=\"lede\">\(escape(lede))</p>\n" }
        html += "<div class=\"prose\">\n"
        let body = markup.rewritten { link in
            resolve(link, from: chapter.page.outputPath, to: folder, chapters: chapters, linkStyle: linkStyle) {
                lookups.insert($0)
            }
        }
        html += namedAfterChapter(PaperMarkup.forPaper(body), anchor: markup.anchor, title: chapter.title)
        html += "</div>\n</section>\n"
        return PrintSection(
            folder: chapter.page.outputPath, body: chapter.body, anchor: markup.anchor, label: chapter.label,
            title: chapter.title, lede: lede,
            ids: markup.ids, lookups: lookups, html: html, contents: contentsEntry(chapter, markup: markup))
    }

    /// The numbered table of contents: each chapter and its `##` sections (`3`, `3.1`, `3.2`), and
    /// the subject index last when the edition has one (`index`, its title).
    private static func contents(
        chapters: [Chapter], markups: [ChapterMarkup], reused: [Shared<PrintSection>?], title: String, index: String?
    ) -> String {
        var html = "<nav class=\"print-contents\" aria-labelledby=\"print-contents\">\n"
        html += "<h2 id=\"print-contents\">\(escape(title))</h2>\n<ol class=\"print-toc\">\n"
        for (position, chapter) in chapters.enumerated() {
            html += reused[position]?.value.contents ?? contentsEntry(chapter, markup: markups[position])
        }
        if let index { html += "<li><a href=\"#\(PrintIndex.id)\">\(escape(index))</a></li>\n" }
        return html + "</ol>\n</nav>\n"
    }

    /// A chapter's `<li>` in the contents, with its `##` sections.
    private static func contentsEntry(_ chapter: Chapter, markup: ChapterMarkup) -> String {
        let number = chapter.label
        var html = "<li><a href=\"#\(markup.anchor)\">\(numbered(number, chapter.title))</a>"
        let sections = chapter.body.headings.filter { $0.level == 2 && markup.ids.contains($0.id) }
        if !sections.isEmpty {
            html += "\n<ol>\n"
            for (index, heading) in sections.enumerated() {
                let sub = number.map { "\($0).\(index + 1)" }
                html += "<li><a href=\"#\(markup.prefixed(heading.id))\">\(numbered(sub, heading.text))</a></li>\n"
            }
            html += "</ol>\n"
        }
        return html + "</li>\n"
    }

    /// Every chapter has its "Tabell 1" and its "Fotnoter": in one document those landmarks would
    /// share names (axe's landmark-unique), so each takes its chapter's name too.
    private static func namedAfterChapter(_ html: String, anchor: String, title: String) -> String {
        let region = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\""
        let footnotes = "<section class=\"footnotes\" aria-labelledby=\""
        let named = ByteSearch.replacingAll(region, with: region + escape(title) + ": ", in: html)
        return ByteSearch.replacingAll(footnotes, with: footnotes + anchor + " ", in: named)
    }

    private static func numbered(_ number: String?, _ text: String) -> String {
        guard let number else { return escape(text) }
        return "<span class=\"print-number\">\(number)</span> \(escape(text))"
    }

    private static func escape(_ text: String) -> String { Markup.escaped(text) }
}

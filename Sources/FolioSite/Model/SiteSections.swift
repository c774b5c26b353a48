/// A language's pages as sections: every folder directly inside a language folder is a section
/// (`content/sv/guide/`, its page `guide/_index.md`), every other page is a top-level page.
///
/// The sidebar shows the top level (the menu's pages and every section) and the current
/// section's own entries only, so a page's HTML does not grow with the site (issue 30: a menu of
/// every page made 4.4 GB of output at 10,000 pages). `weight` orders pages and sections alike.
struct SiteSections: Sendable {
    /// One line of the sidebar: a top-level page, or a section with its page when it has one.
    struct Entry: Sendable, Hashable {
        /// The page's folder, or the section's (`[sv, guide]`).
        var folder: [String]
        /// The page, or the section's `_index.md` (nil when the folder has none).
        var page: Page?
        var isSection: Bool
        /// The page's title, or the section's; a section without a page is named after its folder.
        var title: String { page?.frontMatter.title ?? folder.last ?? "" }
    }

    /// Each language's reading order: top-level pages and sections by weight then title, each
    /// section's page followed by the pages inside it.
    var ordered: [String: [Page]] = [:]
    /// Each language's sidebar top level: the top-level pages that set a `weight` (the menu is
    /// opt-in, as before sections) and every section.
    var top: [String: [Entry]] = [:]
    /// Each section's entries by the section's folder: its direct pages and the pages of the
    /// folders inside it (`guide/advanced/_index.md`), in reading order; deeper pages are reached
    /// through those.
    var entries: [[String]: [Entry]] = [:]

    /// Groups `pages` (homes excluded) by language and section.
    init(pages: [Page]) {
        var byLanguage: [String: [Page]] = [:]
        for page in pages where !page.isHome { byLanguage[page.language, default: []].append(page) }
        for (language, pages) in byLanguage { arrange(language, pages) }
    }

    /// The section `page` belongs to or is the page of (`[sv, guide]`); nil for a top-level page.
    static func section(of page: Page) -> [String]? {
        // A byte search: Foundation's `contains` was a quarter of arranging 5,000 pages on a title save.
        guard !page.isHome, page.contentPath.utf8.contains(UInt8(ascii: "/")), page.outputPath.count >= 2 else {
            return nil
        }
        return Array(page.outputPath.prefix(2))
    }

    /// Whether `page` is a section's own page (`guide/_index.md`).
    static func isSectionPage(_ page: Page) -> Bool {
        section(of: page) != nil && page.outputPath.count == 2
    }

    /// Arranges one language's pages again (`SitePlan.updating`, after a front-matter edit that
    /// keeps every page's place): the other languages' orders are kept as they are.
    mutating func rearrange(_ language: String, _ pages: [Page]) {
        arrange(language, pages)
    }

    private mutating func arrange(_ language: String, _ pages: [Page]) {
        var topPages: [Page] = []
        var members: [[String]: [Page]] = [:]
        var sectionPages: [[String]: Page] = [:]
        for page in pages {
            guard let folder = Self.section(of: page) else {
                topPages.append(page)
                continue
            }
            if page.outputPath.count == 2 {
                sectionPages[folder] = page
            } else {
                members[folder, default: []].append(page)
            }
        }
        let folders = Set(members.keys).union(sectionPages.keys)
        var items: [(key: ReadingKey, entry: Entry)] = topPages.map {
            (ReadingKey($0), Entry(folder: $0.outputPath, page: $0, isSection: false))
        }
        for folder in folders {
            let page = sectionPages[folder]
            items.append(
                (
                    // A section without a page of its own sorts where its first page does.
                    page.map(ReadingKey.init) ?? (members[folder] ?? []).map(ReadingKey.init).min()
                        ?? ReadingKey(folder: folder),
                    Entry(folder: folder, page: page, isSection: true)
                ))
        }
        items.sort { $0.key < $1.key }
        var reading: [Page] = []
        var top: [Entry] = []
        for (_, entry) in items {
            guard entry.isSection else {
                reading.append(contentsOf: entry.page.map { [$0] } ?? [])
                if entry.page?.frontMatter.weight != nil { top.append(entry) }
                continue
            }
            top.append(entry)
            if let page = entry.page { reading.append(page) }
            let inside = (members[entry.folder] ?? []).sorted { ReadingKey($0) < ReadingKey($1) }
            reading += inside
            entries[entry.folder] = inside.filter { $0.outputPath.count == 3 }.map {
                Entry(folder: $0.outputPath, page: $0, isSection: false)
            }
        }
        ordered[language] = reading
        self.top[language] = top
    }
}

/// The reading order's sort key: weight (none last), title, source path.
private struct ReadingKey: Comparable {
    var weight: Int
    var title: String
    var path: String

    init(_ page: Page) {
        self.init(weight: page.frontMatter.weight ?? Int.max, title: page.frontMatter.title, path: page.sourcePath)
    }

    init(folder: [String]) {
        self.init(weight: Int.max, title: folder.last ?? "", path: folder.joined(separator: "/"))
    }

    private init(weight: Int, title: String, path: String) {
        self.weight = weight
        self.title = title
        self.path = path
    }

    static func < (left: ReadingKey, right: ReadingKey) -> Bool {
        (left.weight, left.title, left.path) < (right.weight, right.title, right.path)
    }
}

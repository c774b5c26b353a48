import FolioFormats
import Foundation

/// A save that changed only the text of pages already in the site, and perhaps the front matter
/// fields other pages show (title, description, weight): the common case in `folio serve`,
/// applied to the last build (`SettledBuild`) without loading, comparing or walking the rest of
/// the site.
///
/// What such an edit reaches is known from the page alone: its own file (and its CSV
/// downloads); its translations' files when it is in the source language, because their
/// outdated notice compares their `sourceRevision` with the hash of this text; the print edition
/// when the page is one of its chapters; the glossary when the metrics the page shows changed.
/// Menus, neighbours, breadcrumbs, the sitemap and the 404 pages are made from front matter
/// only (`ShellInputs`), so they stay as they are when the front matter is. A changed title,
/// description or weight reaches what shows it (`SettledBuild.apply`): the page's old and new
/// neighbours, its language's home (the chapter index), the pages under it when it is a section
/// (breadcrumbs), the glossary when it lists the page, and — when either version sets a weight,
/// so the page is in the menu — every page of its language, its 404 page and the print edition.
/// A home page's front matter, any other field, a draft change — a file added, deleted or
/// renamed, data, queries, templates, configuration, a page that
/// other languages show as a fallback, a file that fails to load — makes `init` return nil, and
/// the session runs its full rebuild, which compares everything and reports every error.
struct PageTextEdit: Sendable {
    /// The edited pages as read now; each has a page (not a draft) whose front matter and output
    /// folder equal those of the last build's.
    let pages: [LoadedPage]
    /// The last build's version of each edited page whose title, description or weight changed,
    /// by source path.
    let moved: [String: Page]

    /// The edit `changed` (paths relative to the source folder, as the watcher reports them) makes
    /// to the last build, or nil when it is not an edit of page text alone.
    init?(changed: Set<String>, options: BuildOptions, last: SettledBuild, cache: BuildCache) {
        let config = last.inputs.source.config
        let loader = ContentLoader(sourceRoot: options.sourceRoot, includeDrafts: options.includeDrafts)
        var pages: [LoadedPage] = []
        var moved: [String: Page] = [:]
        for path in changed.sorted() {
            let parts = path.split(separator: "/", maxSplits: 2).map(String.init)
            guard parts.count == 3, parts[0] == "content", config.language(parts[1]) != nil else { return nil }
            // A language folder's other files are read by nothing (an editor's `4913` test file).
            guard path.hasSuffix(".md") else { continue }
            guard let known = cache.pages[path], let old = known.page,
                let loaded = try? loader.loadPage(
                    file: options.sourceRoot.path + "/" + path, language: parts[1], relativePath: parts[2],
                    previous: cache.pages)
            else { return nil }
            if FileBytes.same(loaded.bytes, known.bytes) { continue }
            guard let page = loaded.page, page.outputPath == old.outputPath,
                last.rendering.context.fallbackVersions[old.translationID] == nil
            else { return nil }
            if page.frontMatter != old.frontMatter {
                guard !old.isHome, !Glossary.isGlossary(old),
                    Self.shown(page.frontMatter) == Self.shown(old.frontMatter)
                else { return nil }
                moved[page.sourcePath] = old
            }
            pages.append(loaded)
        }
        self.pages = pages
        self.moved = moved
    }

    /// The front matter without the fields other pages show: two versions equal here differ only
    /// in what `SettledBuild` knows how to carry to the pages that show it.
    private static func shown(_ frontMatter: FrontMatter) -> FrontMatter {
        var rest = frontMatter
        rest.title = ""
        rest.description = nil
        rest.weight = nil
        return rest
    }
}

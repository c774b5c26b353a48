import Foundation

/// A save that changed only the text of pages already in the site, not their front matter: the
/// common case in `folio serve`, applied to the last build (`SettledBuild`) without loading,
/// comparing or walking the rest of the site.
///
/// What such an edit reaches is known from the page alone: its own file (and its CSV
/// downloads); its translations' files when it is in the source language, because their
/// outdated notice compares their `sourceRevision` with the hash of this text; the print edition
/// when the page is one of its chapters; the glossary when the metrics the page shows changed.
/// Menus, neighbours, breadcrumbs, the sitemap and the 404 pages are made from front matter
/// only (`ShellInputs`), so they stay as they are. Anything else — a file added, deleted or
/// renamed, a front matter or draft change, data, queries, templates, configuration, a page that
/// other languages show as a fallback, a file that fails to load — makes `init` return nil, and
/// the session runs its full rebuild, which compares everything and reports every error.
struct PageTextEdit: Sendable {
    /// The edited pages as read now; each has a page (not a draft) whose front matter and output
    /// folder equal those of the last build's.
    let pages: [LoadedPage]

    /// The edit `changed` (paths relative to the source folder, as the watcher reports them) makes
    /// to the last build, or nil when it is not an edit of page text alone.
    init?(changed: Set<String>, options: BuildOptions, last: SettledBuild, cache: BuildCache) {
        let config = last.inputs.source.config
        let loader = ContentLoader(sourceRoot: options.sourceRoot, includeDrafts: options.includeDrafts)
        var pages: [LoadedPage] = []
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
            guard let page = loaded.page, page.frontMatter == old.frontMatter, page.outputPath == old.outputPath,
                last.rendering.context.fallbackVersions[old.translationID] == nil
            else { return nil }
            pages.append(loaded)
        }
        self.pages = pages
    }
}

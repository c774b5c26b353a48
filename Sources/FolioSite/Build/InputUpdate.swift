import FolioData
import FolioDirectives
import FolioFormats
import Foundation

/// A build's inputs, and which input keys may have changed since the last build: the first step
/// of every build.
///
/// When the watcher names the changed files, only those are read: page files already in the site
/// are read and put in place of their last version, data, queries, metrics and events are loaded
/// again without the pages; anything else (new, deleted or renamed files, configuration,
/// templates, strings) loads the site again, reusing every file whose bytes are unchanged. This
/// maps files to the keys they define; what a changed key reaches is the build's records' business.
struct InputUpdate: Sendable {
    var inputs: SiteInputs
    var current: CurrentPages
    /// The keys whose values may differ from the last build's; nil: any key may.
    var candidates: Set<InputKey>?
    /// Whether `candidates` are known to differ (page files read and compared here), so the build
    /// need not compare them.
    var known = false
    /// The page versions this update replaced in the last build's pages, moved here rather than
    /// copied: what `restore(into:)` puts back when the build fails. A page file's edit has its
    /// file's path and last bytes; a row's page (`rows(next:…)`) has neither.
    var replaced: [(index: Int, path: String?, page: Page, loaded: LoadedPage?)] = []
    /// Whether `inputs` were taken from the last build (a page file's edit), so that a failed build
    /// puts them back; a row edit leaves the last build's inputs where they were.
    var restoresInputs = true
    /// Whether the pages' places or front matter may have changed, so the site must be planned again.
    var replan: Bool
    /// Only page text changed: the last build's renderers are still right.
    var pagesOnly: Bool

    /// Loads the inputs, from `previous` and the files `changed` names (paths relative to the source
    /// folder; nil: any file may have changed).
    static func load(options: BuildOptions, previous: inout BuildCache, changed: Set<String>?) throws -> InputUpdate {
        // The last inputs are only looked at inside these closures, so `apply` changes the one copy the cache
        // holds in place: a second reference made it copy every page file of the site on each save.
        if let changed, previous.plan != nil {
            let edits = previous.inputs.flatMap { pages(changed, options: options, inputs: $0, previous: previous) }
            if let edits, let update = apply(edits, to: &previous) { return update }
            if let inputs = previous.inputs,
                let dataUpdate = try data(changed, options: options, inputs: inputs, previous: &previous)
            {
                return dataUpdate
            }
        }
        let inputs = try SiteInputs.load(
            options: options, reusing: previous.fullInputs, changed: changed, keeping: true)
        return InputUpdate(
            inputs: inputs, current: CurrentPages(pages: inputs.source.pages), candidates: nil, replan: true,
            pagesOnly: false)
    }

    init(
        inputs: SiteInputs, current: CurrentPages, candidates: Set<InputKey>?, known: Bool = false,
        replaced: [(index: Int, path: String?, page: Page, loaded: LoadedPage?)] = [], restoresInputs: Bool = true,
        replan: Bool, pagesOnly: Bool
    ) {
        self.inputs = inputs
        self.current = current
        self.candidates = candidates
        self.known = known
        self.replaced = replaced
        self.restoresInputs = restoresInputs
        self.replan = replan
        self.pagesOnly = pagesOnly
    }

    /// The edited pages when every named file is a page file already in the site that still loads
    /// as a page at the same place; nil otherwise.
    private static func pages(
        _ changed: Set<String>, options: BuildOptions, inputs: SiteInputs, previous: BuildCache
    ) -> [(index: Int, path: String, page: Page, loaded: LoadedPage)]? {
        let config = inputs.source.config
        let loader = ContentLoader(sourceRoot: options.sourceRoot, includeDrafts: options.includeDrafts)
        var edits: [(index: Int, path: String, page: Page, loaded: LoadedPage)] = []
        for path in changed.sorted() {
            let parts = path.split(separator: "/", maxSplits: 2).map(String.init)
            guard parts.count == 3, parts[0] == "content", config.language(parts[1]) != nil else { return nil }
            // A language folder's other files are read by nothing (an editor's `4913` test file).
            guard path.hasSuffix(".md") else { continue }
            // A template of pages from data stands for many pages: load the site again.
            guard let known = inputs.pageFiles[path], let old = known.page, old.frontMatter.rows == nil,
                let index = previous.sourceIndex[path],
                let loaded = try? loader.loadPage(
                    file: options.sourceRoot.path + "/" + path, language: parts[1], relativePath: parts[2],
                    previous: inputs.pageFiles)
            else { return nil }
            if loaded.digest == known.digest { continue }
            guard let page = loaded.page, page.outputPath == old.outputPath, page.frontMatter.rows == nil else {
                return nil
            }
            edits.append((index, path, page, loaded))
        }
        return edits
    }

    /// The last build's inputs with `edits` put in place, moved out of `previous` so that nothing
    /// is copied; the keys they change are known, and a changed front matter plans again.
    private static func apply(
        _ edits: [(index: Int, path: String, page: Page, loaded: LoadedPage)], to previous: inout BuildCache
    ) -> InputUpdate? {
        guard var inputs = previous.inputs.take() else { return nil }
        var current = CurrentPages(pages: [])
        swap(&current, &previous.current)
        var candidates: Set<InputKey> = []
        var replan = false
        var replaced: [(index: Int, path: String?, page: Page, loaded: LoadedPage?)] = []
        for edit in edits {
            let old = current.pages[edit.index]
            if edit.page.frontMatter != old.frontMatter { replan = true }
            if edit.page.frontMatter.date != old.frontMatter.date { candidates.insert(.newestDate(old.language)) }
            if edit.page != old { candidates.insert(.source(old.outputPath)) }
            let sameText = Page.sameText(edit.page, old)
            if !sameText { candidates.insert(.revision(old.outputPath)) }
            if !sameText || edit.page.bodyFirstLine != old.bodyFirstLine {
                candidates.insert(.text(old.outputPath))
            }
            replaced.append((edit.index, edit.path, old, inputs.pageFiles[edit.path] ?? edit.loaded))
            current.pages[edit.index] = edit.page
            inputs.pageFiles[edit.path] = edit.loaded
        }
        return InputUpdate(
            inputs: inputs, current: current, candidates: candidates, known: true, replaced: replaced,
            replan: replan, pagesOnly: !replan)
    }

    /// The edited pages' versions before and after, when page files were read and compared here.
    var edits: [(old: Page, new: Page)] {
        replaced.map { ($0.page, current.pages[$0.index]) }
    }

    /// Puts back into `cache` (the last build's, whose pages this update took) the pages as they
    /// were, after a build of this update failed.
    func restore(into cache: inout BuildCache) {
        guard known else { return }
        var current = current
        var inputs = inputs
        for edit in replaced.reversed() {
            current.pages[edit.index] = edit.page
            if let path = edit.path { inputs.pageFiles[path] = edit.loaded }
        }
        cache.current = current
        if restoresInputs { cache.inputs = inputs }
    }

    /// The update when every named file is data, a query, the metric registry or the events, and
    /// the registry is still there (or still not there: the glossary pages depend on it); nil otherwise.
    private static func data(
        _ changed: Set<String>, options: BuildOptions, inputs: SiteInputs, previous: inout BuildCache
    ) throws -> InputUpdate? {
        let owned = ["content/data/", "content/queries/"]
        let files = ["content/metrics.yml", EventsLoader.path]
        guard !changed.isEmpty,
            changed.allSatisfy({ path in files.contains(path) || owned.contains { path.hasPrefix($0) } })
        else { return nil }
        var next = inputs
        try next.loadData(options: options, previous: inputs, changed: changed)
        guard next.metrics.isEmpty == inputs.metrics.isEmpty else { return nil }
        // Rows of pages from data changed: their pages are made again from the templates, as a load
        // of the site makes them, and the site is planned again.
        let templates = inputs.pageFiles.values.compactMap(\.page).filter { $0.frontMatter.rows != nil }
        if !templates.allSatisfy({
            inputs.readableTables[$0.frontMatter.rows?.source ?? ""]
                == next.readableTables[$0.frontMatter.rows?.source ?? ""]
        }) {
            if let update = rows(next: next, inputs: inputs, templates: templates, previous: &previous) {
                return update
            }
            let pages = previous.current.pages
            let authored = pages.filter { $0.row == nil && !Glossary.isGlossary($0) }
            let made = try GeneratedPages.expand(
                authored + templates, tables: next.readableTables, config: next.source.config)
            return InputUpdate(
                inputs: next, current: CurrentPages(pages: made + pages.filter(Glossary.isGlossary)), candidates: nil,
                replan: true, pagesOnly: false)
        }
        let tables = Set(inputs.readableTables.keys).union(next.readableTables.keys)
        var candidates: Set<InputKey> = [.metrics, .events]
        for table in tables { candidates.insert(.table(table)) }
        return InputUpdate(
            inputs: next, current: previous.current, candidates: candidates, replan: false, pagesOnly: false)
    }
}

import FolioDiagnostics
import FolioDirectives

/// The last successful build of a `BuildSession`, kept whole — inputs, the page renderer and the
/// rendered pages — so that a save changing only page text (`PageTextEdit`) is applied to it in
/// time proportional to what the edit reaches, not to the size of the site.
struct SettledBuild: Sendable {
    var inputs: SiteInputs
    var rendering: PageRendering
    /// The pages the glossary and the print editions are made from (authored pages, then the
    /// glossaries), as `RenderedSite.pages` lists them.
    var pages: [RenderedPage]
    /// Each page's index in `pages` by output folder.
    private var positions: [[String]: Int]
    /// Each page's index in `inputs.source.pages` by source path, which is also its index in the
    /// cache's `ShellInputs` (made from those pages in order): a lookup, where a search through
    /// the site cost a millisecond per 10,000 pages on every save.
    private let sourcePositions: [String: Int]
    /// The folders of the pages some print edition holds.
    private var editionFolders: Set<[String]>
    /// Pages in the output (`index.html` files), for the report.
    let pageCount: Int

    init(inputs: SiteInputs, rendering: PageRendering, pages: [RenderedPage], pageCount: Int) {
        var inputs = inputs
        // The session's cache holds the page files; a second reference would make updating either copy it whole.
        inputs.pageFiles = [:]
        self.inputs = inputs
        var rendering = rendering
        // The previous build's results are in the session's cache now; do not hold two generations.
        rendering.reuse.forgetPrevious()
        self.rendering = rendering
        self.pages = pages
        positions = Dictionary(
            pages.enumerated().map { ($1.page.outputPath, $0) }, uniquingKeysWith: { first, _ in first })
        editionFolders = PrintEdition.folders(context: rendering.context)
        self.pageCount = pageCount
        sourcePositions = Dictionary(
            inputs.source.pages.enumerated().map { ($1.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// What applying an edit changed: the files to write (the output folder's paths) and the
    /// files no longer made, with the work done.
    struct Changes {
        var files: [OutputFile] = []
        var removed: [String] = []
        var work = BuildWork()
    }

    /// Renders what `edit` reaches and updates this build, and `cache` for the session's next full
    /// rebuild, to the edited sources. The files are returned, not written: the session writes them.
    ///
    /// The edited bodies are rendered first: when one fails (a broken chart block), the errors are
    /// thrown as a `DiagnosticList`, as a full build would report them, and nothing has changed
    /// yet. Any other throw may leave this value and `cache` half updated: both must be dropped.
    mutating func apply(_ edit: PageTextEdit, cache: inout BuildCache) throws -> Changes {
        var edited: [(loaded: LoadedPage, page: Page, body: Shared<CachedBody>)] = []
        var problems: [Diagnostic] = []
        for loaded in edit.pages {
            guard let page = loaded.page else { continue }
            do {
                edited.append((loaded, page, try rendering.renderBody(page)))
            } catch {
                problems += DiagnosticList(flattening: error, at: SourceLocation(path: page.sourcePath)).diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }

        let config = inputs.source.config
        let sourceLanguage = config.languages.count > 1 ? config.defaultLanguage : nil
        // Pages whose surroundings show an edited page's title, description or weight (see
        // `PageTextEdit`), by output folder; `menuLanguages`: languages whose menu shows one.
        var surroundings: Set<[String]> = []
        var menuLanguages: Set<String> = []
        // The pages' new text goes everywhere the last build holds the old one before any view is
        // made: a translation's outdated notice reads its source's revision from the context.
        for (loaded, page, _) in edited {
            if let old = edit.moved[page.sourcePath] {
                surroundings.formUnion(neighbours(of: old))
                rendering.move(page, from: old)
                if old.frontMatter.weight != nil || page.frontMatter.weight != nil {
                    menuLanguages.insert(page.language)
                }
            } else {
                rendering.replace(page)
            }
            cache.pages[loaded.displayPath] = loaded
            let index = sourcePositions[page.sourcePath] ?? -1
            if inputs.source.pages.indices.contains(index) { inputs.source.pages[index] = page }
            if cache.shellInputs?.pages.indices.contains(index) == true,
                cache.shellInputs?.pages[index].sourcePath == page.sourcePath
            {
                cache.shellInputs?.pages[index].revision = sourceLanguage == page.language ? page.revision : nil
                cache.shellInputs?.pages[index].frontMatter = page.frontMatter
            } else {
                // Never expected (the headers are made from these pages in order); a cache whose
                // headers cannot be updated must not be trusted by the next full rebuild.
                cache.shellInputs = nil
            }
        }

        var changes = Changes()
        var glossaryReached = false
        var editionReached = !menuLanguages.isEmpty
        var versionsReached: [Page] = []
        let context = rendering.context
        for (_, page, _) in edited where edit.moved[page.sourcePath] != nil {
            surroundings.formUnion(neighbours(of: page))
            if let home = context.homes[page.language] { surroundings.insert(home.outputPath) }
            // Breadcrumbs name the section pages above a page.
            for other in context.ordered[page.language] ?? []
            where other.outputPath.count > page.outputPath.count && other.outputPath.starts(with: page.outputPath) {
                surroundings.insert(other.outputPath)
            }
            // The glossary lists the pages that show each metric by title.
            if let index = positions[page.outputPath], !pages[index].metrics.isEmpty { glossaryReached = true }
            versionsReached += context.translations.versions(of: page).values.filter { $0.language != page.language }
        }
        for language in menuLanguages {
            // The menu is on every page of its language: that is what a menu page's edit reaches.
            surroundings.formUnion((context.ordered[language] ?? []).map(\.outputPath))
            if let home = context.homes[language] { surroundings.insert(home.outputPath) }
        }
        if !menuLanguages.isEmpty { editionFolders = PrintEdition.folders(context: context) }
        for (_, page, body) in edited {
            glossaryReached = place(page, body: body, changes: &changes, cache: &cache) || glossaryReached
            editionReached = editionReached || editionFolders.contains(page.outputPath)
            if sourceLanguage == page.language {
                versionsReached += rendering.context.translations.versions(of: page).values.filter {
                    $0.language != page.language
                }
            }
        }
        let editedPaths = Set(edited.map(\.page.sourcePath))
        for version in versionsReached where !editedPaths.contains(version.sourcePath) {
            if let file = try renderAgain(shellOf: version, cache: &cache) {
                changes.files.append(file)
                changes.work.pagesRendered += 1
            }
        }
        let editedFolders = Set(edited.map(\.page.outputPath))
        for folder in surroundings.subtracting(editedFolders) {
            guard let page = context.pagesByPath[folder] else { continue }
            if Glossary.isGlossary(page) {
                glossaryReached = true
            } else if let file = try renderAgain(shellOf: page, cache: &cache) {
                changes.files.append(file)
                changes.work.pagesRendered += 1
            }
        }
        if !menuLanguages.isEmpty {
            // The 404 pages show the menu; the other site-wide files are compared and written when they differ.
            changes.files += SiteAssembly.siteFiles(inputs: inputs, rendering: rendering)
        }
        finish(&changes, glossary: glossaryReached, edition: editionReached, cache: cache)
        return changes
    }

    /// Renders again the bodies that read a table `edit` changed, and what they reach, and updates
    /// this build, and `cache`, to the edited data. The files are returned, not written.
    ///
    /// The bodies are rendered first: when one fails (a chart the new values break), the errors are
    /// thrown as a `DiagnosticList` in the order a full build reports them, and nothing has changed
    /// yet. Any other throw may leave this value and `cache` half updated: both must be dropped.
    mutating func apply(_ edit: DataFileEdit, cache: inout BuildCache) throws -> Changes {
        var next = inputs
        next.tables = edit.tables
        next.dataFiles = edit.files
        next.queryRunner = QueryRunner(
            tables: edit.tables, timeLimit: inputs.source.config.queryTimeout, reusing: inputs.queryRunner)
        var nextRendering = rendering
        try nextRendering.replaceData(next)

        // The pages whose bodies read a changed table, in the order a full build renders them
        // (authored pages in source order, then the fallback pages), so errors are reported alike.
        let context = rendering.context
        var reached: [(order: (Int, Int, String), page: Page)] = []
        if !edit.changed.isEmpty {
            for body in cache.bodies.values where !body.value.dataRead.isDisjoint(with: edit.changed) {
                guard let page = context.pagesByPath[body.value.outputPath] else {
                    throw BuildSessionStale(path: body.value.outputPath.joined(separator: "/"))
                }
                let order =
                    page.fallback == nil
                    ? (0, sourcePositions[page.sourcePath] ?? Int.max, "")
                    : (1, context.fallbacks.firstIndex { $0.outputPath == page.outputPath } ?? Int.max, "")
                reached.append(((order.0, order.1, page.sourcePath + "/" + page.language), page))
            }
        }
        reached.sort { $0.order < $1.order }
        var bodies: [(page: Page, body: Shared<CachedBody>)] = []
        var problems: [Diagnostic] = []
        var reported: Set<Diagnostic> = []
        let pagesReached = reached.map(\.page)
        for (page, result) in zip(pagesReached, Self.renderBodies(of: pagesReached, with: nextRendering)) {
            switch result {
            case let .success(body): bodies.append((page, body))
            case let .failure(error):
                problems += DiagnosticList(flattening: error, at: SourceLocation(path: page.sourcePath)).diagnostics
                    .filter { reported.insert($0).inserted }
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }

        inputs = next
        rendering = nextRendering
        cache.tables = next.readableTables
        cache.dataFiles = edit.files
        cache.queryRunner = next.queryRunner
        var changes = Changes()
        var glossaryReached = false
        var editionReached = false
        for (page, body) in bodies {
            glossaryReached = place(page, body: body, changes: &changes, cache: &cache) || glossaryReached
            editionReached = editionReached || editionFolders.contains(page.outputPath)
        }
        finish(&changes, glossary: glossaryReached, edition: editionReached, cache: cache)
        return changes
    }

    /// The bodies of `pages`, rendered on every core (a data file drawn on 500 pages renders 500 charts), in
    /// the order of `pages` so that errors are reported as a full build reports them.
    private static func renderBodies(of pages: [Page], with rendering: PageRendering)
        -> [Result<Shared<CachedBody>, any Error>]
    {
        pages.concurrentMap { page in Result { try rendering.renderBody(page) } }
    }

    /// Puts a page rendered from a new body in this build and `cache`, and its files in `changes`;
    /// true when the metrics it shows changed, which the glossary lists.
    private mutating func place(
        _ page: Page, body: Shared<CachedBody>, changes: inout Changes, cache: inout BuildCache
    ) -> Bool {
        let outcome = rendering.outcome(page, body: body)
        changes.work.bodiesRendered += 1
        changes.work.pagesRendered += 1
        cache.bodies[outcome.file.path] = outcome.body
        cache.shells[outcome.file.path] = outcome.shell
        changes.files += outcome.files
        let rendered = body.value
        guard let index = positions[page.outputPath] else { return false }
        let old = pages[index]
        let kept = Set(rendered.downloads.map(\.path))
        changes.removed += old.downloads.map(\.path).filter { !kept.contains($0) }
        pages[index] = RenderedPage(
            page: page, file: outcome.file, links: rendered.rendered.links, directives: rendered.directives,
            metrics: rendered.metrics, notes: rendered.rendered.notes, downloads: rendered.downloads,
            body: rendered.rendered, dataRead: rendered.dataRead)
        return !inputs.metrics.isEmpty && old.metrics != rendered.metrics
    }

    /// The glossary and the print editions when an edit reaches them, and the work counts.
    private mutating func finish(_ changes: inout Changes, glossary: Bool, edition: Bool, cache: BuildCache) {
        if glossary {
            let own = pages.filter { !Glossary.isGlossary($0.page) }
            let glossaryPages = SiteAssembly.glossaryPages(inputs: inputs, rendering: rendering, usage: own)
            for page in glossaryPages {
                if let index = positions[page.page.outputPath] { pages[index] = page }
                changes.files.append(page.file)
                changes.work.pagesRendered += 1
            }
        }
        if edition || glossary {
            let editions = SiteAssembly.printEditions(inputs: inputs, rendering: rendering, pages: pages)
            changes.files += editions
            changes.work.pagesRendered += editions.count
        }
        changes.work.bodiesReused = max(0, cache.bodies.count - changes.work.bodiesRendered)
        changes.work.pagesReused = max(0, pageCount - 1 - changes.work.pagesRendered)
    }

    /// The folders of the pages before and after `page` in its language's reading order, whose
    /// previous/next links name it.
    private func neighbours(of page: Page) -> [[String]] {
        let context = rendering.context
        guard let index = context.positions[page.outputPath], let reading = context.ordered[page.language] else {
            return []
        }
        return [index - 1, index + 1].filter { reading.indices.contains($0) }.map { reading[$0].outputPath }
    }

    /// A page whose body is unchanged but whose surroundings may not be (a translation of an edited
    /// page): its view again, and its file when the view differs from the last build's.
    private mutating func renderAgain(shellOf page: Page, cache: inout BuildCache) throws -> OutputFile? {
        let path = (page.outputPath + ["index.html"]).joined(separator: "/")
        guard let body = cache.bodies[path] else {
            throw BuildSessionStale(path: path)
        }
        let view = rendering.renderer.pageView(page, markdown: body.value.rendered)
        if let cached = cache.shells[path], cached.value.view == view { return nil }
        let file = OutputFile(path: path, contents: rendering.renderer.render(view, of: page))
        cache.shells[path] = Shared(CachedShell(view: view, file: file))
        if let index = positions[page.outputPath] { pages[index].file = file }
        return file
    }
}

/// The last build holds no body for a page it rendered: never expected, and answered by a full rebuild.
struct BuildSessionStale: Error {
    var path: String
}

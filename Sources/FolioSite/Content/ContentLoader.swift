import FolioDiagnostics
import FolioFormats
import Foundation

/// Everything a build reads from disk, loaded into plain values before anything is rendered.
public struct SiteSource: Sendable {
    public var config: SiteConfig
    public var pages: [Page]
    public var strings: [String: StringTable]
}

/// A page file's digest and what it loaded as (nil: a draft left out), so that the next build in
/// `folio serve` parses only the files whose bytes changed.
///
/// A digest, not the bytes: the bytes were a second copy of every page's text beside `Page.body`
/// (58 MB of 318 MB at 10,002 pages, BENCHMARKS.md "folio serve, 100,002 pages").
public struct LoadedPage: Sendable {
    var displayPath: String
    /// Nil in a build that keeps nothing for a next one.
    var digest: FileDigest?
    var page: Page?
}

/// Reads `content/` and the string tables: the I/O edge of the content side of the pipeline.
///
/// It keeps going after a bad file so one run lists every problem, then throws them together.
public struct ContentLoader: Sendable {
    public var sourceRoot: URL
    public var includeDrafts: Bool

    public init(sourceRoot: URL, includeDrafts: Bool = false) {
        self.sourceRoot = sourceRoot
        self.includeDrafts = includeDrafts
    }

    var contentRoot: URL { sourceRoot.appendingPathComponent("content") }

    public func load(requiredStrings: [String]) throws -> SiteSource {
        let theme = try SiteTheme.load(templatesFolder: sourceRoot.appendingPathComponent("templates"))
        return try load(requiredStrings: requiredStrings, theme: theme, reusing: [:], keepingFiles: false).source
    }

    /// Loads the site, parsing again only the page files whose bytes differ from `previous`
    /// (keyed by display path); returns every page file's bytes and result for the next build.
    /// With `changed`, a file in `previous` that `changed` does not name is not even read: the
    /// watcher says it is as it was. Interface strings come from `theme` (built-in tables with the
    /// site's keys over them). Without `keepingFiles` (a build that keeps nothing for a next one),
    /// each file's bytes are let go as soon as it is parsed rather than after the last one is, and
    /// no files are returned.
    func load(
        requiredStrings: [String], theme: SiteTheme, reusing previous: [String: LoadedPage],
        trusting changed: Set<String>? = nil, keepingFiles: Bool = true
    ) throws -> (source: SiteSource, pages: [String: LoadedPage]) {
        let config = try readConfig()
        var problems: [Diagnostic] = []
        problems += missingLanguageFolders(config)
        var pages: [Page] = []
        var loaded: [String: LoadedPage] = [:]

        for entry in FileTree.folders(in: contentRoot.path) {
            guard entry != "data", entry != "queries" else { continue }
            guard config.language(entry) != nil else {
                problems.append(
                    Diagnostic(
                        SourceLocation(path: "content/\(entry)"),
                        "unknown language folder '\(entry)'",
                        hint:
                            "add '\(entry)' under `languages:` in content/site.yml, or rename the folder to one of: \(config.languages.map(\.code).joined(separator: ", "))"
                    ))
                continue
            }
            loadLanguageFolder(
                entry, reusing: previous, trusting: changed, keepingFiles: keepingFiles, pages: &pages,
                loaded: &loaded, problems: &problems)
        }
        problems += missingHomePages(config, pages: pages)
        problems += duplicateOutputs(pages)
        let strings = stringTables(config, theme: theme, problems: &problems)
        problems += StringTable.missingKeys(
            in: config.languages.compactMap { strings[$0.code] }, required: requiredStrings)

        if !problems.isEmpty { throw DiagnosticList(problems) }
        pages.sort { $0.outputPath.lexicographicallyPrecedes($1.outputPath) }
        return (SiteSource(config: config, pages: pages, strings: strings), loaded)
    }

    /// Loads one language folder's pages, in parallel, into `pages` (and `loaded`, when keeping files).
    private func loadLanguageFolder(
        _ entry: String, reusing previous: [String: LoadedPage], trusting changed: Set<String>?, keepingFiles: Bool,
        pages: inout [Page], loaded: inout [String: LoadedPage], problems: inout [Diagnostic]
    ) {
        // Reading, decoding and parsing front matter is independent per file: use every core.
        let loader = self
        let folder = contentRoot.path + "/" + entry
        let files = FileTree.files(under: folder) { $0.hasSuffix(".md") }
        let results = files.concurrentMap {
            relative -> Swift.Result<LoadedPage, DiagnosticList> in
            do {
                return .success(
                    try loader.loadPage(
                        file: folder + "/" + relative, language: entry, relativePath: relative,
                        previous: previous, changed: changed, keepingFiles: keepingFiles))
            } catch {
                return .failure(
                    DiagnosticList(flattening: error, at: SourceLocation(path: "content/\(entry)/\(relative)")))
            }
        }
        for result in results {
            switch result {
            case let .success(file):
                if let page = file.page { pages.append(page) }
                // A build that keeps nothing has no use for the files by path: filling the
                // dictionary was serial work between the parallel parts.
                if keepingFiles { loaded[file.displayPath] = file }
            case let .failure(list): problems.append(contentsOf: list.diagnostics)
            }
        }
    }

    /// A language folder without `_index.md`.
    private func missingHomePages(_ config: SiteConfig, pages: [Page]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for language in config.languages
        where FileTree.isFolder(contentRoot.path + "/" + language.code)
            && !pages.contains(where: { $0.language == language.code && $0.isHome })
        {
            problems.append(
                Diagnostic(
                    SourceLocation(path: "content/\(language.code)/_index.md"),
                    "language '\(language.code)' has no home page",
                    hint: "create content/\(language.code)/_index.md with a title"
                ))
        }
        return problems
    }

    /// Each language's interface strings from the theme; a table that does not read is a problem.
    private func stringTables(
        _ config: SiteConfig, theme: SiteTheme, problems: inout [Diagnostic]
    ) -> [String: StringTable] {
        var strings: [String: StringTable] = [:]
        for language in config.languages {
            do {
                strings[language.code] = try theme.strings(for: language.code)
            } catch {
                problems +=
                    DiagnosticList(
                        flattening: error, at: SourceLocation(path: "templates/strings/\(language.code).yml")
                    ).diagnostics
            }
        }
        return strings
    }

    /// Reads `content/site.yml`, saying what to do when the folder is not a site at all.
    private func readConfig() throws -> SiteConfig {
        let configPath = "content/site.yml"
        guard FileTree.isFolder(contentRoot.path) else {
            throw Diagnostic(
                SourceLocation(path: "content/"),
                "no content/ folder in \(sourceRoot.standardizedFileURL.path): this is not a Folio site",
                hint:
                    "run folio in a site's folder or pass --source DIR; to start a new site, run `folio init DIR`")
        }
        let url = contentRoot.appendingPathComponent("site.yml")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw Diagnostic(
                SourceLocation(path: configPath), "content/site.yml is missing",
                hint:
                    "create it with `defaultLanguage:` and `languages:` (see the Configuration reference in Folio's manual), or start a new site with `folio init DIR`"
            )
        }
        return try SiteConfig.parse(SourceText.read(url, displayPath: configPath), path: configPath)
    }

    /// A language in site.yml without its folder under content/: one error at the language's line.
    private func missingLanguageFolders(_ config: SiteConfig) -> [Diagnostic] {
        config.languages.filter { !FileTree.isFolder(contentRoot.path + "/" + $0.code) }.map { language in
            Diagnostic(
                config.languageLocations[language.code] ?? SourceLocation(path: "content/site.yml"),
                "language '\(language.code)' is configured but content/\(language.code)/ does not exist",
                hint:
                    "create content/\(language.code)/_index.md (the home page, with a `title`), or remove '\(language.code)' from `languages:`"
            )
        }
    }

    /// One page file, taken from `previous` when `changed` says it did not change or its bytes are
    /// the same (the same length and digest); without `keepingFiles`, no digest is kept.
    func loadPage(
        file: String, language: String, relativePath: String, previous: [String: LoadedPage],
        changed: Set<String>? = nil, keepingFiles: Bool = true
    ) throws -> LoadedPage {
        let displayPath = "content/\(language)/\(relativePath)"
        if let changed, !changed.contains(displayPath), let known = previous[displayPath] { return known }
        let bytes = try SourceText.bytes(atPath: file, displayPath: displayPath)
        let digest = keepingFiles || !previous.isEmpty ? FileDigest(bytes) : nil
        if let known = previous[displayPath], let digest, known.digest == digest {
            return known
        }
        let page = try parsePage(
            SourceText.decode(bytes, path: displayPath), language: language, relativePath: relativePath,
            displayPath: displayPath)
        // A build that keeps its pages for the next one keeps their text packed (`Page.packingBody`).
        return LoadedPage(
            displayPath: displayPath, digest: keepingFiles ? digest : nil,
            page: keepingFiles ? page?.packingBody() : page)
    }

    private func parsePage(_ text: String, language: String, relativePath: String, displayPath: String) throws
        -> Page?
    {
        let split = try FrontMatter.split(text, path: displayPath)
        if split.frontMatter.draft && !includeDrafts { return nil }
        let contentPath = String(relativePath.dropLast(3))
        if let slug = split.frontMatter.slug,
            Page.outputPath(language: language, contentPath: "x", slug: slug).count < 2
        {
            throw Diagnostic(
                SourceLocation(path: displayPath, line: 2, column: 1), "slug '\(slug)' has no letters or digits",
                hint: "use a slug such as `kanaler`")
        }
        return Page(
            sourcePath: displayPath, language: language, contentPath: contentPath, frontMatter: split.frontMatter,
            body: split.body, bodyFirstLine: split.bodyFirstLine,
            outputPath: Page.outputPath(language: language, contentPath: contentPath, slug: split.frontMatter.slug)
        )
    }

    private func duplicateOutputs(_ pages: [Page]) -> [Diagnostic] {
        // Grouped by index: grouping the pages themselves copied every page on one core.
        Dictionary(grouping: pages.indices, by: { pages[$0].outputPath }).values.filter { $0.count > 1 }.flatMap {
            indices -> [Diagnostic] in
            let sorted = indices.map { pages[$0] }.sorted { $0.sourcePath < $1.sourcePath }
            return sorted.dropFirst().map { page in
                Diagnostic(
                    SourceLocation(path: page.sourcePath, line: 1, column: 1),
                    "page writes to \(page.outputPath.joined(separator: "/"))/index.html, as \(sorted[0].sourcePath) does",
                    hint: "give one of them a different `slug` in its front matter"
                )
            }
        }
    }
}

import FolioData
import FolioDirectives
import FolioMarkdown
import FolioSearch

/// What one build leaves for the next in `folio serve`: its inputs, its plan, every page body and
/// every output with the inputs it read (`InputKey`), and the reverse: which bodies and outputs
/// read each key.
///
/// The next build compares each changed key's value with this build's and renders again exactly
/// the bodies and outputs that read one that differs (Salsa's red-green check); a build with an
/// empty cache renders everything, and that is a cold build. Each build returns a new cache, so
/// nothing stale survives two builds.
public struct BuildCache: Sendable {
    /// The options the results were built with; a cache built with other options is ignored.
    var options: CacheOptions?
    /// The inputs, without their pages (those are in `current`, so one copy is updated in place).
    var inputs: SiteInputs?
    var current = CurrentPages(pages: [])
    var plan: SitePlan?
    /// The Markdown engine, chart renderers and page renderer the outputs were made with.
    var rendering: PageRendering?
    /// Rendered page bodies by their page's file path.
    var bodies: [String: Shared<CachedBody>] = [:]
    /// Each output's inputs and files, by output id (a page's file path, `glossary:`, `print:`, `site`).
    var records: [String: OutputRecord] = [:]
    /// The bodies that read each key, by page file path.
    var bodyReaders: [InputKey: Set<String>] = [:]
    /// The outputs that read each key, by output id.
    var outputReaders: [InputKey: Set<String>] = [:]
    /// Each authored page's index in `current` by source path, for an edit of its file.
    var sourceIndex: [String: Int] = [:]
    /// Each language's full-text index as merged, updated in place by the next build.
    var searchIndexes: [String: SearchIndex] = [:]
    /// Each language's print edition in parts, by language code: the sections the next build
    /// makes again only where their chapter changed.
    var printSections: [String: PrintSections] = [:]
    /// The folders of the pages each full-text index numbers, in its order: a build that moved
    /// none of them (a title edit plans again) merges only the pages it edited.
    var searchFolders: [String: [[String]]] = [:]
    /// Each language's subject index (its search page's content), updated by the next build.
    var subjectIndexes: [String: SubjectIndexState] = [:]
    /// The print editions and search pages a build left stale for `folio serve` to make when asked
    /// (`SiteAssembly.Deferral`), by output id, with the file each writes.
    var deferred: [String: String] = [:]

    public init() {}

    /// This build's query results: a query is run again only when its SQL or a table it read changed.
    var queryRunner: QueryRunner? { inputs?.queryRunner }

    /// The inputs with their pages, as a build reads them.
    var fullInputs: SiteInputs? {
        guard var inputs else { return nil }
        inputs.source.pages = current.pages
        return inputs
    }
}

/// One output as rendered: what it read and the files it wrote.
struct OutputRecord: Sendable {
    var reads: Set<InputKey>
    var files: [String]
}

/// The build options that change what a page renders to.
struct CacheOptions: Sendable, Equatable {
    var includeDrafts: Bool
    var baseURL: String?
}

/// A page body as rendered, with what it was rendered from.
struct CachedBody: Sendable {
    /// The body's HTML: as rendered, or packed while a `folio serve` cache keeps it (`packed()`).
    private var html: HeldText
    var headings: [Heading]
    var links: [MarkdownLink]
    var notes: [MarkdownNote]
    var directives: [Directive]
    var metrics: Set<String>
    /// The data files its charts, tables and `{{metric}}` values read (keys of the build's
    /// tables): with its text and `InputKey.everyBodyReads`, all it depends on.
    var dataRead: Set<String>
    /// Its charts', tables' and KPI groups' numbers as CSV files written next to the page.
    var downloads: [OutputFile] = []
    /// Its part of the full-text index (nil with `search: false` and for fallback pages, whose
    /// words belong to their source's index). Never in a cache (`folio serve`): the index makes
    /// it from the HTML where it merges it (`SearchIndex.merge`, `SearchIndex.Page.keepsWords`).
    var search: SearchBody? = nil

    init(
        rendered: RenderedMarkdown, directives: [Directive], metrics: Set<String>, dataRead: Set<String>,
        downloads: [OutputFile] = [], search: SearchBody? = nil
    ) {
        html = .plain(rendered.html)
        headings = rendered.headings
        links = rendered.links
        notes = rendered.notes
        self.directives = directives
        self.metrics = metrics
        self.dataRead = dataRead
        self.downloads = downloads
        self.search = search
    }

    /// The body as the Markdown renderer made it (its HTML unpacked, when packed).
    var rendered: RenderedMarkdown {
        RenderedMarkdown(html: html.text, headings: headings, links: links, notes: notes)
    }

    /// This body with its HTML packed, as a cache keeps it, against `page`'s text, the Markdown it
    /// was rendered from: about a quarter of the bytes (`PackedText`).
    func packed(against page: Page) -> CachedBody {
        guard case let .plain(text) = html else { return self }
        var body = self
        body.html = .packed(PackedText(text, against: page.heldBody))
        body.search = nil
        // Copies of exactly their length: grown by appending, the arrays kept up to twice their room
        // (0.9 KB a page at 10,002 pages).
        body.headings = headings.map { $0 }
        body.links = links.map { $0 }
        return body
    }

    /// The keys this body read, for the next build to compare.
    func reads(of page: Page) -> Set<InputKey> {
        var keys = InputKey.everyBodyReads
        keys.insert(.text(page.fallback?.outputPath ?? page.outputPath))
        if page.row != nil { keys.insert(.row(page.fallback?.outputPath ?? page.outputPath)) }
        for table in dataRead { keys.insert(.table(table)) }
        return keys
    }

    /// Whether a page showing this body instead of `other` would differ.
    func sameResult(as other: CachedBody) -> Bool {
        html == other.html && headings == other.headings && links == other.links && notes == other.notes
            && downloads == other.downloads && metrics == other.metrics
    }
}

/// How much of a build was done again and how much was reused, for the console and the tests.
public struct BuildWork: Sendable, Equatable {
    /// Page bodies rendered (Markdown, charts) / taken from the previous build.
    public var bodiesRendered = 0
    public var bodiesReused = 0
    /// Pages put through their template / taken as they were.
    public var pagesRendered = 0
    public var pagesReused = 0
    /// Names of the queries run (`sql` for SQL in a spec), in the order they ran; a query whose SQL and
    /// tables are unchanged since the previous build is reused, not run.
    public var queriesRun: [String] = []
    /// Pages whose words the full-text indexes merged, took out or put in: an edit's pages, a page
    /// added or removed (the later pages are numbered again in place), or every page when an index
    /// is merged from scratch.
    public var searchPagesMerged = 0
}

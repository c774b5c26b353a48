import FolioData
import FolioDirectives
import FolioMarkdown

/// What one build leaves for the next in `folio serve`: each stage's results together with the
/// exact inputs that produced them.
///
/// A result is reused only when its inputs are equal to this build's (file bytes, values, template
/// texts), never on timestamps, so a warm build writes exactly the bytes a cold build would; the
/// tests in `IncrementalBuildTests` hold every kind of change to that. Each build returns a new
/// cache holding only its own results, so nothing stale can survive two builds.
public struct BuildCache: Sendable {
    /// The options the results were built with; a cache built with other options is ignored.
    var options: CacheOptions?
    /// Page files by display path.
    var pages: [String: LoadedPage] = [:]
    /// What every page body was rendered against: the configuration, the interface strings and
    /// the metric registry (through links, chart words and number formats).
    var environment: BodyEnvironment?
    /// The data files and named queries' results, for pages whose charts, tables or `{{metric}}` values
    /// read them.
    var tables: [String: DataTable]?
    /// This build's query results: a query is run again only when its SQL or a table it read changed.
    var queryRunner: QueryRunner?
    /// The data files' bytes, so unchanged files are not parsed again.
    var dataFiles: [String: LoadedTable] = [:]
    /// Rendered bodies by source path.
    var bodies: [String: Shared<CachedBody>] = [:]
    /// Everything a page's surroundings (menu, switcher, breadcrumbs, neighbours, home index) are
    /// made from, except page bodies; when it is unchanged, a page with an unchanged body keeps its file.
    var shellInputs: ShellInputs?
    /// Finished pages by output file path.
    var shells: [String: Shared<CachedShell>] = [:]

    public init() {}
}

/// A cached result shared by reference: reusing it for a page costs one retain, not a copy of
/// every string and array in it (copies were a fifth of a warm rebuild).
final class Shared<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

/// The build options that change what a page renders to.
struct CacheOptions: Sendable, Equatable {
    var includeDrafts: Bool
    var baseURL: String?
}

struct BodyEnvironment: Sendable, Equatable {
    var config: SiteConfig
    var strings: [String: StringTable]
    var metrics: [Metric]
    var events: [ChartEvent] = []
}

/// A page body as rendered, with what it was rendered from.
struct CachedBody: Sendable {
    var body: String
    var firstLine: Int
    var language: String
    var rendered: RenderedMarkdown
    var directives: [Directive]
    var metrics: Set<String>
    /// The data files its charts, tables and `{{metric}}` values read (keys of the build's
    /// tables): a change to one of these, and only these, renders it again.
    var dataRead: Set<String>
    /// The page's folder: links written from the site's root are made relative to it.
    var outputPath: [String] = []
    /// Its charts', tables' and KPI groups' numbers as CSV files written next to the page.
    var downloads: [OutputFile] = []
}

/// The inputs of every page's surroundings: all pages without their bodies, the stylesheet's
/// published name and the templates.
struct ShellInputs: Sendable, Equatable {
    struct PageHeader: Sendable, Equatable {
        var sourcePath: String
        var language: String
        var contentPath: String
        var frontMatter: FrontMatter
        var outputPath: [String]
        /// A source page's revision: a translation's outdated notice depends on it.
        var revision: String?
    }

    var pages: [PageHeader]
    var stylesheetName: String
    var templates: [String: String]

    init(pages: [Page], sourceLanguage: String?, stylesheetName: String, templates: TemplateSet) {
        self.pages = pages.map {
            PageHeader(
                sourcePath: $0.sourcePath, language: $0.language, contentPath: $0.contentPath,
                frontMatter: $0.frontMatter, outputPath: $0.outputPath,
                revision: sourceLanguage == $0.language ? $0.revision : nil)
        }
        self.stylesheetName = stylesheetName
        self.templates = templates.sources
    }
}

/// A finished page and the view its template was rendered with.
struct CachedShell: Sendable {
    /// Nil when no cache is kept (`folio build`), so a large site's views are not held to the end.
    var view: PageView?
    var file: OutputFile
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
}

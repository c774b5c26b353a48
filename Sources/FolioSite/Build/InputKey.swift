import Synchronization

/// One input a rendered output can read, by identity: what a build records for each output
/// (Hugo's dependency tracking, Salsa's recorded queries), so that the next build renders again
/// exactly the outputs one of whose inputs changed.
///
/// Whether a key changed between two builds is answered by comparing its value in each
/// (`BuildCache.same(_:as:)`), never by a rule about what an edit reaches.
enum InputKey: Hashable, Sendable {
    /// The whole authored page written at this folder: front matter and text.
    case source([String])
    /// The text of the authored page at this folder, where it starts and where it is written:
    /// what its body (and its fallbacks' bodies) render from, its title aside.
    case text([String])
    /// The revision (and date and place) of the authored page at this folder: a translation's
    /// outdated notice compares it with its `sourceRevision`.
    case revision([String])
    /// The rendered body of the page at this folder (the glossary's too), as the print edition
    /// holds it.
    case renderedBody([String])
    /// The `##`/`###` headings of the rendered body at this folder, as the subject index lists
    /// them: a text edit that leaves them alone does not sort the index again.
    case headings([String])
    /// A language's menu: its pages' titles, descriptions and places.
    case menu(String)
    /// The pages before and after the page at this folder in its language's reading order.
    case neighbours([String])
    /// A language's whole reading order, as its home's chapter index lists it.
    case order(String)
    /// Where each language's version of a translation group is written, fallbacks included.
    case versions(String)
    /// The row a page generated from data at this folder shows (`PageRow`): what its body reads
    /// besides the template's text.
    case row([String])
    /// The titles, descriptions and places of the pages generated from data in this folder, as
    /// its section page lists them.
    case listing([String])
    /// The title of the section page at this folder, or that there is none (breadcrumbs).
    case section([String])
    /// A language's sidebar top level: its menu's top-level pages and its sections.
    case sidebar(String)
    /// The entries the sidebar lists inside the section at this folder.
    case sectionEntries([String])
    /// Every page's place and front matter: the sitemap.
    case headers
    /// The newest `date` among a language's pages: its print edition's date.
    case newestDate(String)
    /// Which pages show which registered metric (the glossary lists them).
    case metricUsage
    /// A data table or a named query's result, by the key blocks read it with.
    case table(String)
    case config
    case strings
    case templates
    case stylesheet
    case favicon
    case metrics
    case events

    /// What every page body reads besides its text and its tables: links, words, number formats,
    /// metric names and chart events.
    static let everyBodyReads: Set<InputKey> = [.config, .strings, .metrics, .events]
    /// What every output reads besides what it records: its words, links and templates.
    static let everyOutputReads: Set<InputKey> = [.config, .strings, .templates, .stylesheet]
    /// Whether the plan alone decides this key's value.
    var isPlanned: Bool {
        switch self {
        case .menu, .order, .neighbours, .versions, .section, .sidebar, .sectionEntries, .headers, .listing: true
        default: false
        }
    }

    /// The keys a build compares whenever its inputs were loaded again rather than updated.
    static let sitewide: [InputKey] = [.config, .strings, .templates, .stylesheet, .favicon, .metrics, .events]
}

/// The inputs one output read while it rendered. One log per output, filled on the task that
/// renders it: the lock is never contended, it only makes the log safe to hand to a renderer.
final class ReadLog: Sendable {
    private let recorded = Mutex<Set<InputKey>>([])

    init() {}

    var keys: Set<InputKey> { recorded.withLock { $0 } }

    func insert(_ key: InputKey) {
        recorded.withLock { _ = $0.insert(key) }
    }
}

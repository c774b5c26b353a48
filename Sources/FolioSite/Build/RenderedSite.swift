import FolioData
import FolioMarkdown
import FolioSearch

/// A whole site rendered in memory: the files to write, and per page what the author wrote that
/// `folio check` inspects (links with their lines, chart blocks).
public struct RenderedSite: Sendable {
    public var files: [OutputFile]
    public var pages: [RenderedPage]
    /// Data files loaded, as paths relative to `content/data`.
    public var dataFiles: [String]
    /// Named queries (`content/queries/<name>.sql`), by name, sorted.
    public var queries: [String] = []
    /// The data files each named query read, by query name.
    public var queryReads: [String: [String]] = [:]
    /// The data files by path relative to `content/data`.
    public var tables: [String: DataFile]
    /// The data files no page or metric read as a table: only streamed into SQLite for queries.
    public var streamedDataFiles: [String] = []
    /// The metric registry (empty without `content/metrics.yml`).
    public var metrics: [Metric]
    public var source: SiteSource
    /// What was rendered again and what was reused (all rendered in a build that reuses nothing).
    public var work = BuildWork()
    /// Each language's print edition, for `folio pdf`.
    public var printEditions: [PrintEditionFile] = []
}

/// One page after rendering.
public struct RenderedPage: Sendable {
    public var page: Page
    public var file: OutputFile
    public var links: [MarkdownLink]
    public var directives: [Directive]
    /// Ids of the registered metrics the page shows, in charts or in running text.
    public var metrics: Set<String>
    /// What the Markdown renderer found suspicious (undefined footnotes, tables that do not line up).
    public var notes: [MarkdownNote] = []
    /// The CSV files written next to the page (in `folio build`, listed with empty contents).
    public var downloads: [OutputFile] = []
    /// The rendered body, kept for the pages the print edition holds (the homes, the menus' pages
    /// and the pages from data in their folders).
    var body: ChapterBody? = nil
    /// The body's headings, for the subject index (`SubjectIndex`).
    var headings: [Heading] = []
    /// The body's part of the full-text index (nil with `search: false`).
    var search: SearchBody? = nil
    /// What its blocks and `{{metric}}` values read: data files and `query:<name>` keys.
    public var dataRead: Set<String> = []
}

import FolioCharts

/// One rendered ```chart, ```kpi or ```table block (or `{{metric}}` value) and what it read, so the
/// site layer never parses chart YAML itself.
public struct RenderedDirective: Sendable, Hashable {
    /// The HTML fragment (for a `{{metric}}` value, its text, already formatted for the page's locale).
    public var html: String
    /// The data files it read, relative to `content/data` (`metrics/monthly.csv`): an incremental
    /// build renders it again only when one of them changes.
    public var dataFiles: Set<String>
    /// The registered metrics it shows (`y: [csat, nps]`, `- metric: frt`, `{{metric csat latest}}`),
    /// for the glossary and `folio check`.
    public var metrics: Set<String>
    /// Its numbers as a CSV file to write next to the page (`chart-3.csv`), which `html` links to.
    public var download: CSVDownload?

    public init(
        html: String, dataFiles: Set<String> = [], metrics: Set<String> = [], download: CSVDownload? = nil
    ) {
        self.html = html
        self.dataFiles = dataFiles
        self.metrics = metrics
        self.download = download
    }
}

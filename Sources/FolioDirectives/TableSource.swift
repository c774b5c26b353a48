import FolioData

/// Where a block's rows come from, once resolved: a data file, a named query's result (`data:
/// query:p90-first-reply`) or the result of SQL written in the spec (`sql:`).
struct TableSource: Sendable {
    var table: DataTable
    /// What the provenance line under the figure names: the data file, or the data files the query read.
    var label: String
    /// Keys of the build's tables the block depends on (`tickets/tickets.csv`, `query:p90-first-reply`):
    /// an incremental build renders the block again only when one of them changes, and `folio check`
    /// counts them as used.
    var reads: Set<String>
    /// The data file the rows are, whole: its column indexes make a `filter:` slice cost the slice
    /// (`TableCatalog.slice`). Nil for a query's result.
    var file: DataFile? = nil
}

import FolioData

/// A data file as the query engine takes it: a table already read (JSON, or a CSV the site reads for its
/// charts anyway), or a CSV stream whose rows are read from the file's bytes only when a query loads it.
public enum QueryTable: Sendable {
    case table(DataTable)
    case csv(CSVStream)
}

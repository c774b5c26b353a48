import FolioData

/// Every data file under its SQL name (see `TableName`), and the names two files claim at once.
struct SQLCatalog: Sendable {
    struct Entry: Sendable {
        var name: String
        var path: String
        /// The table, or for a streamed CSV file its shape (columns and types, no rows).
        var table: DataTable
        /// Set when the rows come from the file's bytes at load time rather than from `table`.
        var stream: CSVStream?
    }

    /// Keyed by `TableName.key`, so lookups match SQLite's case-insensitive names.
    private(set) var entries: [String: Entry] = [:]
    /// Name key → the paths that all map to it; none of them is loaded under that name.
    private(set) var clashes: [String: [String]] = [:]

    init(tables: [String: QueryTable]) {
        var byKey: [String: [Entry]] = [:]
        for path in tables.keys.sorted() {
            guard let source = tables[path] else { continue }
            let name = TableName.of(path)
            let entry: Entry
            switch source {
            case let .table(table): entry = Entry(name: name, path: path, table: table)
            case let .csv(stream): entry = Entry(name: name, path: path, table: stream.shape, stream: stream)
            }
            byKey[TableName.key(name), default: []].append(entry)
        }
        for (key, found) in byKey {
            if found.count == 1, let entry = found.first {
                entries[key] = entry
            } else {
                clashes[key] = found.map(\.path)
            }
        }
    }

    /// Sorted SQL names, for "tables: …" hints.
    var names: [String] { entries.values.map(\.name).sorted() }

    func entry(named name: String) -> Entry? { entries[TableName.key(name)] }

    func clash(named name: String) -> [String]? { clashes[TableName.key(name)] }
}

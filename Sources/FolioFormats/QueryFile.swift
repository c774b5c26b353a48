/// One named query file as read: its name (the path under `content/queries` without `.sql`) and text.
/// The build runs it (`NamedQueries`); `folio pull` sends it to a database source.
public struct QueryFile: Sendable, Hashable {
    public var name: String
    public var sql: String
    /// The display path, `content/queries/<name>.sql`.
    public var path: String

    public init(name: String, sql: String, path: String) {
        self.name = name
        self.sql = sql
        self.path = path
    }
}

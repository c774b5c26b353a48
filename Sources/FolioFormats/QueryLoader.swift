import Foundation

/// Reads the named queries: every `content/queries/<name>.sql` (sub-folders allowed: `support/p90.sql`
/// is the query `support/p90`), shared by all languages like the data files. Reading only; the queries
/// run in the build (`NamedQueries`, once per build) or in `folio pull`.
public struct QueryLoader: Sendable {
    public var queriesRoot: URL

    public init(queriesRoot: URL) {
        self.queriesRoot = queriesRoot
    }

    public func load() throws -> [QueryFile] {
        try FileTree.files(under: queriesRoot.path) { $0.hasSuffix(".sql") }.map { path in
            let display = "content/queries/\(path)"
            let text = try SourceText.decode(
                SourceText.bytes(atPath: queriesRoot.path + "/" + path, displayPath: display), path: display)
            return QueryFile(name: String(path.dropLast(".sql".count)), sql: text, path: display)
        }
    }
}

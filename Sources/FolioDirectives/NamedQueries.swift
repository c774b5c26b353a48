import FolioData
import FolioDiagnostics
import FolioFormats
import FolioQuery

/// The results of a site's named queries (`content/queries/<name>.sql`), run once per build in the load
/// step, for every chart, tile, table and metric that reads one with `data: query:<name>`.
public struct NamedQueries: Sendable, Equatable {
    /// One query file as read (`QueryLoader`).
    public typealias File = QueryFile

    var results: [String: QueryResult] = [:]

    public init() {}

    /// Runs every file with `runner` (reusing what it may), collecting every failing query's errors.
    public init(running files: [File], with runner: QueryRunner) throws {
        var problems: [Diagnostic] = []
        for file in files.sorted(by: { $0.name < $1.name }) {
            do {
                results[file.name] = try runner.run(name: file.name, sql: file.sql, path: file.path)
            } catch {
                problems += DiagnosticList(flattening: error, at: SourceLocation(path: file.path)).diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
    }

    /// Query names, sorted.
    public var names: [String] { results.keys.sorted() }

    /// The results as tables under the keys blocks name them by (`query:<name>`), to sit beside the data
    /// files wherever a build compares or validates what blocks read.
    public var tables: [String: DataTable] {
        Dictionary(uniqueKeysWithValues: results.map { (DirectiveRenderer.queryKey($0.key), $0.value.table) })
    }

    /// The data files (under `content/data`) the query `name` read.
    public func sources(of name: String) -> [String] { results[name]?.sources ?? [] }
}

import FolioData
import FolioDiagnostics
import FolioDirectives
import FolioFormats
import FolioQuery
import Foundation

/// `folio pull`: runs each source query (`-- source: NAME` on its first line) on its database and writes its
/// result as a snapshot, `content/data/snapshots/<query>.csv` with its column types beside it
/// (`<query>.csv.yml`), plus `manifest.yml`. Builds read the snapshots like any data file. The puller knows
/// no engine: each source's `SourceEngine` opens a `SourceSession` that streams one query into its snapshot.
///
/// All or nothing: every snapshot is streamed into a temporary file first, and only when every query
/// succeeded are they renamed into place, so a failed pull leaves every snapshot byte-identical.
public struct SnapshotPuller: Sendable {
    public var root: URL
    public var environment: [String: String]

    public init(root: URL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.root = root
        self.environment = environment
    }

    /// One snapshot written.
    public struct Pulled: Sendable, Equatable {
        public var query: String
        public var source: String
        public var rows: Int
        /// `content/data/snapshots/<query>.csv`
        public var path: String
    }

    /// Pulls the source queries named in `queries` (all when empty), of `source` only when given.
    public func pull(source sourceName: String? = nil, queries names: [String] = [], now: Date = Date()) async throws
        -> [Pulled]
    {
        let sources = try SourcesFile.load(root: root, environment: environment)
        let files = try QueryLoader(queriesRoot: root.appendingPathComponent("content/queries")).load()
        let chosen = try select(files: files, names: names, sourceName: sourceName, sources: sources)
        var written: [(file: NamedQueries.File, snapshot: PulledSnapshot)] = []
        var open: [SnapshotFile] = []
        do {
            for sourceName in Set(chosen.map(\.source)).sorted() {
                guard let source = sources[sourceName] else { continue }
                let queries = chosen.filter { $0.source == sourceName }.map(\.file)
                let session = try await source.engine().connect(source)
                do {
                    for file in queries {
                        let final = root.appendingPathComponent(
                            "content/data/" + SourceDeclaration.snapshotPath(for: file.name))
                        let snapshot = try await session.pull(file, into: final)
                        open.append(snapshot.file)
                        written.append((file, snapshot))
                    }
                    await session.close()
                } catch {
                    await session.close()
                    throw error
                }
            }
        } catch {
            for snapshot in open { snapshot.discard() }
            throw error
        }
        // Every query succeeded: move the snapshots into place, then the manifest.
        var manifest = try SnapshotManifest.load(root: root)
        let stamp = SnapshotManifest.timestamp(now)
        let live = Set(files.filter { SourceDeclaration.source(in: $0.sql) != nil }.map(\.name))
        manifest.entries = manifest.entries.filter { live.contains($0.key) }
        var pulled: [Pulled] = []
        for (file, snapshot) in written {
            try replace(
                snapshot.file.final.appendingPathExtension("yml"), with: schema(snapshot.columns, query: file.path))
            try move(snapshot.file.temporary, to: snapshot.file.final)
            let source = SourceDeclaration.source(in: file.sql) ?? ""
            manifest.entries[file.name] = SnapshotManifest.Entry(
                source: source, sql: SnapshotManifest.sqlHash(file.sql), rows: snapshot.rows, columns: snapshot.columns,
                pulledAt: stamp)
            pulled.append(
                Pulled(
                    query: file.name, source: source, rows: snapshot.rows,
                    path: "content/data/" + SourceDeclaration.snapshotPath(for: file.name)))
        }
        try replace(root.appendingPathComponent(SnapshotManifest.path), with: manifest.yaml())
        return pulled
    }

    /// The source queries to run, checked against the sources before any connection is made.
    private func select(files: [NamedQueries.File], names: [String], sourceName: String?, sources: [String: Source])
        throws -> [(file: NamedQueries.File, source: String)]
    {
        var problems: [Diagnostic] = []
        if let sourceName, sources[sourceName] == nil {
            problems.append(
                Diagnostic(
                    SourceLocation(path: SourcesFile.path), "no source '\(sourceName)'",
                    hint: suggestion(sourceName, among: Array(sources.keys))))
        }
        let byName = Dictionary(files.map { ($0.name, $0) }) { first, _ in first }
        for name in names where byName[name] == nil {
            problems.append(
                Diagnostic(
                    SourceLocation(path: "content/queries/\(name).sql"), "no query '\(name)'",
                    hint: suggestion(name, among: files.map(\.name))))
        }
        var chosen: [(file: NamedQueries.File, source: String)] = []
        for file in files.sorted(by: { $0.name < $1.name }) where names.isEmpty || names.contains(file.name) {
            guard let source = SourceDeclaration.source(in: file.sql) else {
                if !names.isEmpty {
                    problems.append(
                        Diagnostic(
                            SourceLocation(path: file.path, line: 1, column: 1),
                            "query '\(file.name)' reads the local data files: there is nothing to pull",
                            hint: "a query pulled from a database starts with a line `-- source: <name>`"))
                }
                continue
            }
            guard sources[source] != nil else {
                problems.append(
                    Diagnostic(
                        SourceLocation(path: file.path, line: 1, column: 1),
                        "query '\(file.name)' reads the source '\(source)', which content/sources.yml does not name",
                        hint: suggestion(source, among: Array(sources.keys))))
                continue
            }
            if let sourceName, source != sourceName { continue }
            chosen.append((file, source))
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        if chosen.isEmpty {
            throw Diagnostic(
                SourceLocation(path: "content/queries"), "no query to pull",
                hint: "a query pulled from a database starts with a line `-- source: <name>` naming a source of "
                    + "content/sources.yml")
        }
        return chosen
    }

    private func suggestion(_ name: String, among known: [String]) -> String {
        let list = known.isEmpty ? "none are named" : "known: " + known.sorted().joined(separator: ", ")
        guard let near = EditDistance.nearest(to: name, in: known.sorted(), limit: 1).first else { return list }
        return "did you mean '\(near)'? " + list
    }

    private func schema(_ columns: [(name: String, type: ColumnType)], query: String) -> String {
        var text = "# Written by `folio pull` from \(query): the column types of the snapshot beside it.\ncolumns:\n"
        for column in columns {
            text += "  \(SnapshotManifest.quoted(column.name)): \(column.type.rawValue)\n"
        }
        return text
    }

    /// Writes `text` to a temporary file beside `url`, then renames it over `url`.
    private func replace(_ url: URL, with text: String) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).pulling-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: temporary)
        try move(temporary, to: url)
    }

    /// rename(2): the file at `url` is the old one or the new one, never a half-written one.
    private func move(_ temporary: URL, to url: URL) throws {
        if rename(temporary.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw Diagnostic(SourceLocation(path: url.path), "cannot write the snapshot file")
        }
    }
}

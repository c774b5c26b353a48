import FolioData
import FolioDirectives

/// A save that changed only the values of data files already in the site (CSV or JSON under
/// `content/data`, not their schemas): applied to the last build (`SettledBuild`) by rendering
/// again the bodies that read them — the cache's `dataRead` sets say which — and what those
/// bodies reach (their CSV downloads, the print edition, the glossary), without loading the site.
///
/// A file added, deleted or failing to read, a schema, a site with named queries (their results
/// are tables too) or a metric registry the new values no longer satisfy makes `init` return nil,
/// and the session runs its full rebuild, which reports every error.
struct DataFileEdit: Sendable {
    /// The site's data tables with the edited files read again, by path under `content/data`.
    let tables: [String: DataTable]
    /// Their bytes, for the next build to compare with.
    let files: [String: LoadedTable]
    /// The tables whose values changed (keys of `tables`): the bodies that read one render again.
    let changed: Set<String>

    /// The edit `changed` (paths relative to the source folder) makes to the last build's data,
    /// or nil when it is not an edit of data values alone.
    init?(changed paths: Set<String>, options: BuildOptions, last: SettledBuild, cache: BuildCache) {
        let prefix = "content/data/"
        guard !paths.isEmpty, last.inputs.queries.tables.isEmpty,
            paths.allSatisfy({ path in
                path.hasPrefix(prefix) && (path.hasSuffix(".csv") || path.hasSuffix(".json"))
                    && cache.dataFiles[String(path.dropFirst(prefix.count))] != nil
            }),
            let (tables, files) = try? DataLoader(dataRoot: options.sourceRoot.appendingPathComponent("content/data"))
                .load(reusing: cache.dataFiles, trusting: paths),
            Set(tables.keys) == Set(last.inputs.tables.keys)
        else { return nil }
        let metrics = last.inputs.metrics
        guard metrics.isEmpty || MetricRegistryLoader.validate(metrics, tables: tables).isEmpty else { return nil }
        self.tables = tables
        self.files = files
        self.changed = Set(tables.keys.filter { last.inputs.tables[$0] != tables[$0] })
    }
}

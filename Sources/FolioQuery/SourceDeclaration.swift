/// A named query that runs on a database instead of the local data files says so on its first line,
/// `-- source: warehouse`. Builds never run such a query: they read its snapshot, the CSV that
/// `folio pull` wrote under `content/data/snapshots/`, so a build needs no database and stays
/// byte-identical.
public enum SourceDeclaration {
    /// The source named on the first line of `sql` (`-- source: warehouse` gives `warehouse`), or nil for a
    /// query over the local data files.
    public static func source(in sql: String) -> String? {
        // `prefix(while:)` on characters: "\r\n" is one Character, which `split(separator: "\n")` would not cut.
        let firstLine = sql.prefix { !$0.isNewline }
        var text = Substring(firstLine.trimmingCharacters(in: [" ", "\t", "\r", "\u{FEFF}"]))
        guard text.hasPrefix("--") else { return nil }
        text = text.dropFirst(2).drop { $0 == " " || $0 == "\t" }
        guard text.hasPrefix("source:") else { return nil }
        let name = text.dropFirst("source:".count).trimmingCharacters(in: [" ", "\t"])
        return name.isEmpty ? nil : name
    }

    /// Where the snapshot of the named query `name` lives, relative to `content/data`
    /// (`snapshots/tickets-by-month.csv`); its column types sit beside it in `<path>.yml`.
    public static func snapshotPath(for name: String) -> String { "snapshots/\(name).csv" }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        String(self.drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        String(self).trimmingCharacters(in: set)
    }
}

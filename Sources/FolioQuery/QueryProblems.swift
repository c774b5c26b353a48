import FolioData
import FolioDiagnostics

/// Words SQLite's failures for the author, located in their file: a syntax error at its line and column,
/// an unknown table with the tables there are, an unknown column with the columns of the tables named.
struct QueryProblems {
    var query: Query
    var catalog: SQLCatalog
    var unusable: [String: String]

    static let naming =
        "a data file's table is its path under content/data with / - . and spaces as _ and no extension"
        + " (metrics/monthly.csv → metrics_monthly)"

    func compile(_ error: SQLiteError) -> Diagnostic {
        if let name = error.message.suffix(after: "no such table: ") {
            return unknownTable(name, error: error)
        }
        if let name = error.message.suffix(after: "no such column: ") {
            return unknownColumn(name, error: error)
        }
        var location = error.offset >= 0 ? query.location(ofByte: error.offset) : query.start
        if error.message == "incomplete input" { location = query.location(ofByte: query.sql.utf8.count) }
        return Diagnostic(
            location, "SQL: \(error.message)",
            hint: "check the SQL near here; queries are SQLite's dialect (sqlite.org/lang_select.html)")
    }

    func runtime(_ error: SQLiteError) -> Diagnostic {
        Diagnostic(query.start, "query '\(query.name)' failed: \(error.message)")
    }

    func timeLimit(seconds: Double) -> Diagnostic {
        Diagnostic(
            query.start, "query '\(query.name)' was stopped after the time limit of \(Self.seconds(seconds))",
            hint: "filter or aggregate before joining, and check for a join without an ON condition (a cross join)")
    }

    func refused(_ what: String) -> Diagnostic {
        Diagnostic(
            firstWord, "queries only read data: \(what) is not allowed",
            hint: "write one SELECT (or WITH … SELECT); the database is read-only")
    }

    func empty() -> Diagnostic {
        Diagnostic(query.start, "query '\(query.name)' has no SQL statement", hint: "write one SELECT")
    }

    func trailingStatement(atByte offset: Int) -> Diagnostic {
        Diagnostic(
            query.location(ofByte: offset), "only one SQL statement is allowed in a query",
            hint: "remove what follows the first statement, or put it in a query of its own")
    }

    private func unknownTable(_ written: String, error: SQLiteError) -> Diagnostic {
        let name = written.hasPrefix("main.") ? String(written.dropFirst(5)) : written
        let location = locate(name, error: error)
        if let paths = catalog.clash(named: name) {
            return Diagnostic(
                location, "table name '\(name)' is ambiguous: \(paths.joined(separator: ", ")) all map to it",
                hint: "rename one of the files; " + Self.naming)
        }
        if let reason = unusable[TableName.key(name)] {
            return Diagnostic(
                location, "table '\(name)' cannot be used in SQL: \(reason)",
                hint: "SQLite ignores case in names: rename columns that differ only in case")
        }
        let names = catalog.names
        // `tickets` for `tickets_tickets`: the file's own name without its folders is the likeliest slip.
        let byFileName = names.filter { TableName.key($0).hasSuffix("_" + TableName.key(name)) }
        let suggestions = Array((byFileName + NameSuggestion.nearest(to: name, in: names)).uniqued().prefix(3))
        var hint = names.isEmpty ? "there are no data files" : "tables: \(names.joined(separator: ", "))"
        if !suggestions.isEmpty { hint = "did you mean '\(suggestions.joined(separator: "' or '"))'? " + hint }
        return Diagnostic(location, "no table '\(name)'", hint: hint + "; " + Self.naming)
    }

    private func unknownColumn(_ written: String, error: SQLiteError) -> Diagnostic {
        let name = written.split(separator: ".").last.map(String.init) ?? written
        let location = locate(name, error: error)
        let named = mentionedTables()
        guard !named.isEmpty else {
            return Diagnostic(location, "no column '\(written)'", hint: "the query reads no data file's table")
        }
        let suggestions = NameSuggestion.nearest(to: name, in: named.flatMap(\.table.columnNames))
        var hint = named.map { "\($0.name) has: \($0.table.columnNames.joined(separator: ", "))" }
            .joined(separator: "; ")
        if !suggestions.isEmpty { hint = "did you mean '\(suggestions.joined(separator: "' or '"))'? " + hint }
        return Diagnostic(location, "no column '\(written)'", hint: hint)
    }

    /// Tables the SQL text names, in order of first mention (SQLite stops before telling which it resolved).
    private func mentionedTables() -> [SQLCatalog.Entry] {
        var seen: Set<String> = []
        return SQLWords.words(in: query.sql).compactMap { word in
            guard let entry = catalog.entry(named: word.text), seen.insert(entry.name).inserted else { return nil }
            return entry
        }
    }

    /// SQLite's offset when it gives one, else the first place the SQL writes `name`, else the start.
    private func locate(_ name: String, error: SQLiteError) -> SourceLocation {
        if error.offset >= 0 { return query.location(ofByte: error.offset) }
        let key = TableName.key(name)
        if let word = SQLWords.words(in: query.sql).first(where: { TableName.key($0.text) == key }) {
            return query.location(ofByte: word.offset)
        }
        return query.start
    }

    private var firstWord: SourceLocation {
        SQLWords.words(in: query.sql).first.map { query.location(ofByte: $0.offset) } ?? query.start
    }

    /// Byte offset of the first thing after `start` that is not white space, a comment or `;`.
    static func firstToken(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x3B: index += 1
            case 0x2D where index + 1 < bytes.count && bytes[index + 1] == 0x2D:
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            case 0x2F where index + 1 < bytes.count && bytes[index + 1] == 0x2A:
                index += 2
                while index + 1 < bytes.count, !(bytes[index] == 0x2A && bytes[index + 1] == 0x2F) { index += 1 }
                index += 2
            default: return index
            }
        }
        return nil
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}

extension Array where Element == String {
    /// The elements in order, each once.
    fileprivate func uniqued() -> [String] {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }
    }
}

extension String {
    /// The text after `prefix` when the string starts with it.
    fileprivate func suffix(after prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}

import FolioDiagnostics
import FolioYAML

/// What makes a page file a template of pages from data: `rows:` in the front matter of a file
/// named `[column].md`, naming a data file under `content/data` or `query:<name>`, and optionally
/// `sort:` (a column; `-column` for descending) for the order its folder's listing shows them in.
///
/// It keeps where its fields are written, so an error about a row, a column or a `{{row.…}}` in
/// the title points at the template's own line.
public struct PageTemplate: Sendable, Hashable {
    /// The rows' key as blocks read it: `teams.csv` (relative to `content/data`) or `query:teams`.
    public var source: String
    public var location: SourceLocation
    public var sort: String?
    public var sortLocation: SourceLocation?
    /// The front-matter lines of `title` and `description`, for an unknown `{{row.…}}` in them.
    public var titleLine: Int?
    public var descriptionLine: Int?
    /// `print: false` leaves the pages out of the print edition (a thousand product pages would
    /// bury the report).
    public var printed: Bool = true

    /// The `rows:` and `sort:` entries of a front matter, or nil when it has no `rows:`.
    static func read(_ entries: [YAMLEntry], reader: YAMLReader) throws -> PageTemplate? {
        guard let rows = entries.first(where: { $0.key == "rows" }) else {
            if let sort = entries.first(where: { $0.key == "sort" || $0.key == "print" }) {
                throw Diagnostic(
                    sort.keyLocation, "'\(sort.key)' is for the pages of a `rows:` template; this page has no `rows:`",
                    hint: "remove `sort:`, or add `rows: <data file or query:name>` and name the file [column].md")
            }
            return nil
        }
        let text = try reader.string(rows.value, key: "rows").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            throw Diagnostic(
                rows.value.location, "'rows' is empty",
                hint: "name a data file under content/data (`rows: teams.csv`) or a query (`rows: query:teams`)")
        }
        let sort = entries.first { $0.key == "sort" }
        let printed = try entries.first { $0.key == "print" }.map { try reader.bool($0.value, key: "print") } ?? true
        return PageTemplate(
            source: text.hasPrefix("content/data/") ? String(text.dropFirst("content/data/".count)) : text,
            location: rows.value.location,
            sort: try sort.map { try reader.string($0.value, key: "sort") }, sortLocation: sort?.value.location,
            titleLine: entries.first { $0.key == "title" }?.value.location.line,
            descriptionLine: entries.first { $0.key == "description" }?.value.location.line, printed: printed)
    }

    /// The column a template's file name `[column].md` names, or nil when the name is not one.
    static func keyColumn(fileName: String) -> String? {
        guard fileName.hasPrefix("["), fileName.hasSuffix("].md"), fileName.count > 5 else { return nil }
        return String(fileName.dropFirst().dropLast(4))
    }
}

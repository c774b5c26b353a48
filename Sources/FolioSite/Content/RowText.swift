import FolioDiagnostics

/// `{{row.column}}` in a generated page's title and description: the row's value as text, in the
/// template's locale. The page template escapes titles; the body's values go through the Markdown
/// renderer's text, which escapes them there.
enum RowText {
    /// `text` with every `{{row.column}}` replaced; an unknown column is an error at `location`
    /// listing the row's columns.
    static func substitute(_ text: String, row: PageRow, at location: SourceLocation) throws -> String {
        guard text.contains("{{") else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let inside = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            result += rest[..<open.lowerBound]
            if inside.hasPrefix("row.") {
                result += try value(String(inside.dropFirst(4)), row: row, at: location)
            } else {
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// The named column's text, or an error with the row's columns and the nearest name.
    static func value(_ column: String, row: PageRow, at location: SourceLocation) throws -> String {
        if let value = row.value(column) { return value.text }
        let names = row.values.map(\.column)
        let near = EditDistance.nearest(to: column, in: names, limit: 1)
        throw Diagnostic(
            location,
            "{{row.\(column)}}: no column '\(column)' in \(row.source) (has: \(names.joined(separator: ", ")))",
            hint: near.first.map { "did you mean {{row.\($0)}}?" } ?? "use one of the row's columns")
    }
}

import FolioDiagnostics

/// `{{row.column}}` in a generated page's title and description: the row's value as text, in the
/// template's locale. The page template escapes titles; the body's values go through the Markdown
/// renderer's text, which escapes them there.
enum RowText {
    /// `text` with every `{{row.column}}` replaced; an unknown column is an error at `location`
    /// listing the row's columns.
    static func substitute(_ text: String, row: PageRow, at location: SourceLocation) throws -> String {
        try Pattern(text).text(row: row, at: location)
    }

    /// A title or description read once for all of a template's rows: its text cut at each
    /// `{{row.column}}`. Searching every row's copy for `{{` with Foundation was 2 % of a build of
    /// 10,000 pages per language (bench/pages-from-data).
    struct Pattern: Sendable {
        enum Part: Sendable {
            case text(String)
            case column(String)
        }

        let parts: [Part]

        init(_ text: String) {
            guard text.contains("{{") else {
                parts = [.text(text)]
                return
            }
            var parts: [Part] = []
            var rest = text[...]
            while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
                let inside = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                parts.append(.text(String(rest[..<open.lowerBound])))
                if inside.hasPrefix("row.") {
                    parts.append(.column(String(inside.dropFirst(4))))
                } else {
                    parts.append(.text(String(rest[open.lowerBound..<close.upperBound])))
                }
                rest = rest[close.upperBound...]
            }
            parts.append(.text(String(rest)))
            self.parts = parts
        }

        /// The text with the row's values in place of its `{{row.…}}`.
        func text(row: PageRow, at location: SourceLocation) throws(Diagnostic) -> String {
            if parts.count == 1, case let .text(text) = parts[0] { return text }
            var result = ""
            for part in parts {
                switch part {
                case let .text(text): result += text
                case let .column(column): result += try value(column, row: row, at: location)
                }
            }
            return result
        }
    }

    /// The named column's text, or an error with the row's columns and the nearest name.
    static func value(_ column: String, row: PageRow, at location: SourceLocation) throws(Diagnostic) -> String {
        if let value = row.value(column) { return value.text }
        let names = row.values.map(\.column)
        let near = EditDistance.nearest(to: column, in: names, limit: 1)
        throw Diagnostic(
            location,
            "{{row.\(column)}}: no column '\(column)' in \(row.source) (has: \(names.joined(separator: ", ")))",
            hint: near.first.map { "did you mean {{row.\($0)}}?" } ?? "use one of the row's columns")
    }
}

import Foundation

/// The JSON form of a check report: a stable, documented shape for CI pipelines (docs/content/en/publishing/_index.md).
extension CheckReport {
    struct JSONShape: Encodable {
        struct Entry: Encodable {
            var severity: String
            var path: String
            var line: Int?
            var column: Int?
            var message: String
            var hint: String?
        }

        struct Row: Encodable {
            var key: String
            var sourceRevision: String?
            var languages: [String: Cell]
        }

        struct Cell: Encodable {
            var status: String
            var path: String?
        }

        var errors: Int
        var warnings: Int
        var diagnostics: [Entry]
        var languages: [String]
        var translations: [Row]
    }

    public func json() -> String {
        let shape = JSONShape(
            errors: errorCount, warnings: warningCount,
            diagnostics: diagnostics.map {
                .init(
                    severity: $0.severity.rawValue, path: $0.location.path, line: $0.location.line,
                    column: $0.location.column, message: $0.message, hint: $0.hint)
            },
            languages: languages,
            translations: translations.map { row in
                .init(
                    key: row.key, sourceRevision: row.sourceRevision,
                    languages: row.cells.mapValues { .init(status: $0.status.rawValue, path: $0.path) })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(shape) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The matrix as aligned text: one row per page, one column per language.
    public func matrixText() -> String {
        guard !translations.isEmpty else { return "" }
        let width = max(12, translations.map(\.key.count).max() ?? 0)
        func pad(_ text: String, _ count: Int) -> String {
            text + String(repeating: " ", count: max(0, count - text.count))
        }
        var lines = [pad("page", width) + "  " + languages.map { pad($0, 10) }.joined() + "sourceRevision"]
        for row in translations {
            lines.append(
                pad(row.key, width) + "  " + languages.map { pad(row.cells[$0]?.status.rawValue ?? "-", 10) }.joined()
                    + (row.sourceRevision ?? ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

import FolioDiagnostics
import FolioYAML

/// The interface words of one language (menu labels, "Contents", …), from `templates/strings/<lang>.yml`.
///
/// Nothing the reader sees is hard-coded in Swift: every language must define every key, and a
/// missing one stops the build naming the key and the language.
public struct StringTable: Sendable, Hashable {
    public var language: String
    public var path: String
    public var values: [String: String]

    /// Keys the templates and the build use; chart words are added by `requiredKeys(plus:)`.
    public static let templateKeys = [
        "languageName", "readInLanguage", "homeInLanguage", "home", "skipToContent", "menu", "languages",
        "breadcrumbs", "contents", "chapters", "previous", "next", "footerNote", "backToHome", "pageNotFound",
        "pageNotFoundText", "publishedOn", "chapterNavigation", "fallbackNotice", "fallbackInLanguage",
        "outdatedNotice", "outdatedSourceDate", "outdatedSourceLink", "chooseLanguage", "printLink", "searchLabel",
        "searchResults", "searchNoResults", "allChapters", "allPages",
    ]

    public subscript(key: String) -> String { values[key] ?? "" }

    /// Reads one strings file; `lineOffset` counts lines dropped above `text` (a `folio-theme:` header).
    static func parse(_ text: String, language: String, path: String, lineOffset: Int = 0) throws -> StringTable {
        let reader = YAMLReader(path: path, lineOffset: lineOffset)
        var values: [String: String] = [:]
        var problems: [Diagnostic] = []
        for entry in try reader.mapping(text) {
            do {
                values[entry.key] = try reader.string(entry.value, key: entry.key)
            } catch let diagnostic as Diagnostic {
                problems.append(diagnostic)
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return StringTable(language: language, path: path, values: values)
    }

    /// Reports every required key this table lacks, and every key another language has that this one lacks.
    static func missingKeys(in tables: [StringTable], required: [String]) -> [Diagnostic] {
        let allKeys = Set(required).union(tables.flatMap(\.values.keys))
        return tables.flatMap { table in
            allKeys.subtracting(table.values.keys).sorted().map { key in
                Diagnostic(
                    SourceLocation(path: table.path),
                    "interface string '\(key)' is missing for language '\(table.language)'",
                    hint: "add `\(key): …` to \(table.path)"
                )
            }
        }
    }
}

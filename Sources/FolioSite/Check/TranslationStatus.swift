import FolioDiagnostics
import Foundation

/// `folio translations`: the translation matrix read from the pages alone (nothing rendered). The
/// translator's one write, `accept`, is an authoring command (FolioAuthoring).
public struct TranslationStatus: Sendable {
    public var languages: [String]
    public var rows: [TranslationRow]
    public var sourceLanguage: String

    /// Loads `content/` (no data, templates or rendering) and computes the matrix `folio check` prints.
    public static func load(sourceRoot: URL, includeDrafts: Bool = false) throws -> TranslationStatus {
        let source = try ContentLoader(sourceRoot: sourceRoot, includeDrafts: includeDrafts).load(requiredStrings: [])
        let config = source.config
        let rows = TranslationMatrix.rows(pages: source.pages.filter { !Glossary.isGlossary($0) }, config: config)
        return TranslationStatus(
            languages: config.languages.map(\.code), rows: rows, sourceLanguage: config.defaultLanguage)
    }

    /// The matrix as aligned text, as `folio check` prints it.
    public func text() -> String {
        CheckReport(diagnostics: [], translations: rows, languages: languages).matrixText()
    }

    /// `{"languages": […], "sourceLanguage": "sv", "translations": [{"key", "sourceRevision", "languages"}]}`,
    /// the rows in the shape of `folio check --format json`.
    public func json() -> String {
        struct Shape: Encodable {
            var languages: [String]
            var sourceLanguage: String
            var translations: [CheckReport.JSONShape.Row]
        }
        let shape = Shape(
            languages: languages, sourceLanguage: sourceLanguage,
            translations: rows.map { row in
                .init(
                    key: row.key, sourceRevision: row.sourceRevision,
                    languages: row.cells.mapValues { .init(status: $0.status.rawValue, path: $0.path) })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(shape) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

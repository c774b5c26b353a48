import FolioDiagnostics
import FolioSite
import Foundation

/// `folio translations accept`: the translator's one write, recording that a translation matches its
/// source's current revision. Kept out of FolioSite, which reads a project and never edits it.
extension TranslationStatus {
    /// Records the source's current revision in the translations of `key` (all of them, or only
    /// `language`'s), rewriting one front-matter line of each file atomically; returns the files
    /// changed (a translation already current is left alone).
    public func accept(key: String, language: String?, sourceRoot: URL) throws -> [String] {
        guard let row = rows.first(where: { $0.key == key }) else {
            let keys = rows.map(\.key)
            throw Diagnostic(
                SourceLocation(path: "content"), "no page with the translation key '\(key)'",
                hint: keys.isEmpty ? nil : "known keys: \(keys.joined(separator: ", "))")
        }
        guard let revision = row.sourceRevision else {
            throw Diagnostic(
                SourceLocation(path: "content/\(sourceLanguage)"), "'\(key)' has no '\(sourceLanguage)' source page",
                hint: "only a translation of a '\(sourceLanguage)' page records a sourceRevision")
        }
        let targets = languages.filter { $0 != sourceLanguage && (language == nil || $0 == language) }
        if let language, !targets.contains(language) {
            throw Diagnostic(
                SourceLocation(path: "content/site.yml"), "'\(language)' is not a translation language",
                hint: "use one of: \(languages.filter { $0 != sourceLanguage }.joined(separator: ", "))")
        }
        var written: [String] = []
        var problems: [Diagnostic] = []
        for code in targets {
            guard let cell = row.cells[code], let path = cell.path else {
                if language != nil {
                    problems.append(
                        Diagnostic(
                            SourceLocation(path: "content/\(code)"), "'\(key)' has no '\(code)' translation yet",
                            hint: "translate it first, with `translationKey: \(key)` if its file name differs"))
                }
                continue
            }
            guard cell.status != .current else { continue }
            let url = sourceRoot.appendingPathComponent(path)
            let bytes = [UInt8](try Data(contentsOf: url))
            let updated = try SourceRevisionLine.setting(revision, in: bytes, path: path)
            try Data(updated).write(to: url, options: .atomic)
            written.append(path)
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return written
    }
}

import FolioDiagnostics

/// Every page against every language: which translations are missing or out of date.
///
/// The source of a translation is its version in the default language. A translation records the
/// source revision it was made from (`sourceRevision` in front matter); a different current
/// revision means the source changed after it.
enum TranslationMatrix {
    static func rows(pages: [Page], config: SiteConfig) -> [TranslationRow] {
        let groups = Dictionary(grouping: pages, by: \.translationID)
        return groups.keys.sorted().compactMap { id in
            guard let group = groups[id] else { return nil }
            let byLanguage = Dictionary(group.map { ($0.language, $0) }, uniquingKeysWith: { first, _ in first })
            let source = byLanguage[config.defaultLanguage]
            var cells: [String: TranslationRow.Cell] = [:]
            for language in config.languages {
                guard let page = byLanguage[language.code] else {
                    cells[language.code] = .init(status: .missing, path: nil)
                    continue
                }
                let status: TranslationRow.Status
                if language.code == config.defaultLanguage {
                    status = .source
                } else if let recorded = page.frontMatter.sourceRevision, let source {
                    status = recorded == source.revision ? .current : .stale
                } else {
                    status = .untracked
                }
                cells[language.code] = .init(status: status, path: page.sourcePath)
            }
            let key = id.split(separator: ":", maxSplits: 1).last.map(String.init) ?? id
            return TranslationRow(key: key, sourceRevision: source?.revision, cells: cells)
        }
    }

    /// Warnings (errors when `strict`) for missing and stale translations.
    static func diagnostics(_ rows: [TranslationRow], config: SiteConfig, strict: Bool) -> [Diagnostic] {
        let severity: Diagnostic.Severity = strict ? .error : .warning
        var found: [Diagnostic] = []
        for row in rows {
            let anyPath = config.languages.compactMap { row.cells[$0.code]?.path }.first ?? row.key
            for language in config.languages {
                guard let cell = row.cells[language.code] else { continue }
                switch cell.status {
                case .missing:
                    found.append(
                        Diagnostic(
                            SourceLocation(path: anyPath), "no '\(language.code)' translation of '\(row.key)'",
                            hint: "add content/\(language.code)/… with `translationKey: \(row.key)`", severity: severity
                        ))
                case .stale:
                    found.append(
                        Diagnostic(
                            SourceLocation(path: cell.path ?? anyPath, line: 1, column: 1),
                            "translation is stale: its source changed after it was translated",
                            hint: "update the text, then set `sourceRevision: \(row.sourceRevision ?? "")`",
                            severity: severity))
                default:
                    break
                }
            }
        }
        return found
    }
}

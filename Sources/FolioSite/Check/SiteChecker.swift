import FolioDiagnostics
import Foundation
import Yams

/// `folio check`: builds the site in memory and reports what would embarrass it once published.
///
/// Build errors come first (a site that does not build cannot be checked further); then broken
/// links and anchors, missing and stale translations, unused data files and pages with no
/// description.
public struct SiteChecker: Sendable {
    public var options: BuildOptions
    /// Missing and stale translations count as errors, not warnings.
    public var strict: Bool

    public init(options: BuildOptions, strict: Bool = false) {
        self.options = options
        self.strict = strict
    }

    public func check() async -> CheckReport {
        let site: RenderedSite
        do {
            site = try await SiteBuilder(options: options).render()
        } catch {
            return CheckReport(diagnostics: Self.flatten(error), translations: [], languages: [])
        }
        let config = site.source.config
        var found: [Diagnostic] = []
        let links = LinkCheck(files: site.files)
        for page in site.pages { found += links.problems(in: page) }

        let rows = TranslationMatrix.rows(pages: site.source.pages, config: config)
        found += TranslationMatrix.diagnostics(rows, config: config, strict: strict)

        let used = Set(site.pages.flatMap(\.directives).compactMap { Self.dataPath(in: $0.body) })
        for file in site.dataFiles where !used.contains(file) {
            found.append(Diagnostic(SourceLocation(path: "content/data/\(file)"), "data file is not used by any chart, KPI or table", hint: "use it in a ```chart block, or remove it", severity: .warning))
        }
        for page in site.source.pages where (page.frontMatter.description ?? "").isEmpty {
            found.append(Diagnostic(SourceLocation(path: page.sourcePath, line: 2, column: 1), "page has no description", hint: "add `description: …` (one sentence) to its front matter; search engines and link previews show it", severity: .warning))
        }
        return CheckReport(diagnostics: DiagnosticList(found).diagnostics, translations: rows, languages: config.languages.map(\.code))
    }

    /// The `data:` value of a directive block, read without rendering it.
    static func dataPath(in yaml: String) -> String? {
        guard let root = try? Yams.compose(yaml: yaml), let mapping = root.mapping else { return nil }
        return mapping["data"]?.string
    }

    static func flatten(_ error: Error) -> [Diagnostic] {
        switch error {
        case let list as DiagnosticList: list.diagnostics
        case let diagnostic as Diagnostic: [diagnostic]
        default: [Diagnostic(SourceLocation(path: "folio"), "\(error)")]
        }
    }
}

import FolioDiagnostics
import FolioDirectives
import Foundation

/// `folio check`: builds the site in memory and reports what would embarrass it once published.
///
/// Build errors come first (a site that does not build cannot be checked further); then broken
/// links and anchors, missing and stale translations, unused data files and pages with no
/// description.
public struct SiteChecker: Sendable {
    public var options: BuildOptions
    /// Missing and stale translations count as errors, not warnings.
    public var strict: Bool
    /// The time snapshots' ages are measured to (`snapshotMaxAge`); tests set it.
    public var now = Date()

    public init(options: BuildOptions, strict: Bool = false) {
        self.options = options
        self.strict = strict
    }

    public func check() async -> CheckReport {
        let site: RenderedSite
        let output = MemoryOutput()
        do {
            site = try await SiteBuilder(options: options).build(into: output)
        } catch {
            return CheckReport(
                diagnostics: DiagnosticList(flattening: error, at: SourceLocation(path: "folio")).diagnostics,
                translations: [], languages: [])
        }
        let config = site.source.config
        var found = Self.pageProblems(in: site, files: output.files)

        // The generated glossary is translated by the string tables, not by an author.
        let rows = TranslationMatrix.rows(pages: site.source.pages.filter { !Glossary.isGlossary($0) }, config: config)
        found += TranslationMatrix.diagnostics(rows, config: config, strict: strict)

        found += SnapshotCheck(root: options.sourceRoot, maxAge: config.snapshotMaxAge, now: now, strict: strict)
            .diagnostics()
        found += Self.unusedDataWarnings(in: site)
        if !site.metrics.isEmpty { found += Self.metricWarnings(in: site) }
        found += StaleMetrics.warnings(metrics: site.metrics, tables: site.tables, after: config.staleAfterDays)
        found += Self.descriptionWarnings(in: site)
        found += IndexTermCheck.warnings(in: site)
        // The build above read the same folder without error, so this cannot fail; no theme, no list.
        let theme = try? SiteTheme.load(templatesFolder: options.sourceRoot.appendingPathComponent("templates"))
        let overrides = theme?.overrides ?? []
        found += overrides.filter { $0.status == .outdated }.map(Self.outdatedWarning)
        return CheckReport(
            diagnostics: DiagnosticList(found).diagnostics, translations: rows, languages: config.languages.map(\.code),
            overrides: overrides)
    }

    /// Broken links and anchors in each built page, and the notes its rendering left.
    private static func pageProblems(in site: RenderedSite, files: [OutputFile]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let links = LinkCheck(files: files)
        for page in site.pages {
            found += links.problems(in: page)
            found += page.notes.map {
                Diagnostic(
                    SourceLocation(path: page.page.sourcePath, line: $0.line), $0.message, hint: $0.hint,
                    severity: .warning)
            }
        }
        return found
    }

    /// Named queries and data files that nothing reads.
    private static func unusedDataWarnings(in site: RenderedSite) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // A data file is used when a block reads it, directly or through SQL (a `sql:` spec, or a named
        // query, read or not: an unread query gets its own warning below).
        var used = Set(site.pages.flatMap(\.directives).compactMap { DirectiveRenderer.dataFile(namedIn: $0.body) })
        used.formUnion(site.pages.flatMap(\.dataRead))
        used.formUnion(site.metrics.map(\.data).filter { $0.hasPrefix(DirectiveRenderer.queryKey("")) })
        used.formUnion(site.queryReads.values.joined())
        for name in site.queries where !used.contains(DirectiveRenderer.queryKey(name)) {
            found.append(
                Diagnostic(
                    SourceLocation(path: "content/queries/\(name).sql"),
                    "query '\(name)' is not read by any chart, KPI, table or metric",
                    hint: "read it with `data: query:\(name)` in a block or in content/metrics.yml, or remove it",
                    severity: .warning))
        }
        for file in site.dataFiles where !used.contains(file) {
            found.append(
                Diagnostic(
                    SourceLocation(path: "content/data/\(file)"), "data file is not used by any chart, KPI or table",
                    hint: "use it in a ```chart block, or remove it", severity: .warning))
        }
        return found
    }

    /// Metrics no page shows, and numeric columns of metric files that no metric describes.
    private static func metricWarnings(in site: RenderedSite) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let shown = Set(site.pages.flatMap(\.metrics))
        for metric in site.metrics where !shown.contains(metric.id) {
            found.append(
                Diagnostic(
                    metric.location, "metric '\(metric.id)' is not used on any page",
                    hint: "show it in a chart, KPI tile or {{metric \(metric.id) latest}}, or remove it",
                    severity: .warning))
        }
        let described = Set(site.metrics.map { "\($0.data)#\($0.column)" })
        for file in site.dataFiles where site.metrics.contains(where: { $0.data == file }) {
            guard let table = try? site.tables[file]?.table() else { continue }
            for column in table.columns
            where [.number, .percent, .duration].contains(column.type)
                && !described.contains("\(file)#\(column.name)")
            {
                found.append(
                    Diagnostic(
                        SourceLocation(path: table.path, line: 1),
                        "column '\(column.name)' is not described by any metric",
                        hint: "add it to content/metrics.yml so every page means the same by it", severity: .warning
                    ))
            }
        }
        return found
    }

    /// Pages without a `description:`, which search engines and link previews show.
    private static func descriptionWarnings(in site: RenderedSite) -> [Diagnostic] {
        site.source.pages.filter { ($0.frontMatter.description ?? "").isEmpty }.map { page in
            Diagnostic(
                SourceLocation(path: page.sourcePath, line: 2, column: 1), "page has no description",
                hint:
                    "add `description: …` (one sentence) to its front matter; search engines and link previews show it",
                severity: .warning)
        }
    }

    /// A copy of a built-in theme file made before Folio's own file last changed.
    static func outdatedWarning(_ override: ThemeOverride) -> Diagnostic {
        let now = override.builtInHash ?? ""
        return Diagnostic(
            SourceLocation(path: "templates/\(override.path)", line: 1, column: 1),
            "overrides a built-in file that has changed since this copy was made (folio-theme: \(override.recordedHash ?? "") here, \(now) now)",
            hint:
                "compare with `folio eject \(override.path) --print`, carry the changes you want into this file, then set its first line's hash to \(now)",
            severity: .warning)
    }
}

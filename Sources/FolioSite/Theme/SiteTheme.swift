import FolioDiagnostics
import FolioFormats
import FolioTheme
import Foundation

/// The theme one build uses: Folio's built-in files (`BuiltInTheme`, compiled from the repository's
/// `templates/`), each replaced by the site's own file at the same path under `templates/`, plus any
/// files the site adds, as a site's layouts override a Hugo theme's.
///
/// A site therefore needs only `content/`; a site that carries a full `templates/` folder (the
/// bundled playbook) builds from its own files exactly as before. String tables are the one
/// exception to whole-file replacement: they merge per key (`strings(for:)`).
public struct SiteTheme: Sendable {
    /// Every file the build reads, by path inside `templates/`.
    var files: [String: ThemeFile]
    /// Folio's built-in files, by path, without the site's.
    var builtIn: [String: ThemeFile]
    /// The site's files that differ from the built-in ones, with whether each is up to date.
    var overrides: [ThemeOverride]

    /// Reads the site's `templates/` folder (which may not exist) over the built-in theme.
    static func load(templatesFolder: URL) throws -> SiteTheme {
        try load(siteFiles: readSiteFiles(templatesFolder), builtIn: BuiltInTheme.files)
    }

    /// Resolves `siteFiles` (raw text by path) over `builtInFiles`: pure, for tests.
    static func load(siteFiles: [String: String], builtIn builtInFiles: [String: String]) throws -> SiteTheme {
        var builtIn: [String: ThemeFile] = [:]
        for (path, text) in builtInFiles {
            builtIn[path] = ThemeFile(path: path, text: text, fromSite: false)
        }
        var files = builtIn
        var overrides: [ThemeOverride] = []
        for (path, raw) in siteFiles.sorted(by: { $0.key < $1.key }) {
            let header = ThemeHeader.split(raw)
            files[path] = ThemeFile(path: path, text: header.body, fromSite: true, lineOffset: header.hadHeader ? 1 : 0)
            guard let original = builtInFiles[path] else {
                overrides.append(ThemeOverride(path: path, status: .added, recordedHash: header.hash, builtInHash: nil))
                continue
            }
            guard raw != original else { continue }
            let current = ThemeHeader.hash(of: original)
            let status: ThemeOverride.Status =
                switch header.hash {
                case nil: .unrecorded
                case current: .current
                default: .outdated
                }
            overrides.append(ThemeOverride(path: path, status: status, recordedHash: header.hash, builtInHash: current))
        }
        return SiteTheme(files: files, builtIn: builtIn, overrides: overrides)
    }

    /// The files directly in `folder` (`""` for the top level) whose names end in `suffix`, in name order.
    func files(in folder: String, suffix: String) -> [ThemeFile] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        return files.values.filter {
            $0.path.hasPrefix(prefix) && $0.path.hasSuffix(suffix) && !$0.path.dropFirst(prefix.count).contains("/")
        }.sorted { $0.path < $1.path }
    }

    /// Languages Folio ships interface strings for (`strings/<code>.yml` in the built-in theme).
    var shippedLanguages: [String] {
        builtIn.keys.filter { $0.hasPrefix("strings/") && $0.hasSuffix(".yml") }
            .map { String($0.dropFirst("strings/".count).dropLast(".yml".count)) }.sorted()
    }

    /// Languages Folio ships interface strings for, without loading a site.
    public static var shippedLanguages: [String] {
        (try? load(siteFiles: [:], builtIn: BuiltInTheme.files).shippedLanguages) ?? []
    }

    /// The interface strings of `language`: the built-in table, with every key the site's
    /// `templates/strings/<code>.yml` sets put over it. A language Folio does not ship needs the
    /// site's file; a key missing from both is reported later, by `StringTable.missingKeys`.
    func strings(for language: String) throws -> StringTable {
        let path = "strings/\(language).yml"
        let displayPath = "templates/\(path)"
        var table = StringTable(language: language, path: displayPath, values: [:])
        if let shipped = builtIn[path] {
            table.values = try StringTable.parse(shipped.text, language: language, path: shipped.displayPath).values
        }
        if let own = files[path], own.fromSite {
            let values = try StringTable.parse(
                own.text, language: language, path: displayPath, lineOffset: own.lineOffset
            )
            .values
            table.values.merge(values) { _, site in site }
        } else if builtIn[path] == nil {
            throw Diagnostic(
                SourceLocation(path: displayPath),
                "no interface strings for language '\(language)': Folio ships \(shippedLanguages.joined(separator: ", "))",
                hint:
                    "create \(displayPath) with every key (start from a copy: `folio eject strings/\(shippedLanguages.first ?? "sv").yml`, rename it, translate it)"
            )
        }
        return table
    }

    /// The kinds of file a theme holds; anything else in `templates/` (notes, images) is not read.
    private static func isThemeFile(_ path: String) -> Bool {
        [".mustache", ".css", ".yml"].contains { path.hasSuffix($0) } || path == SiteContext.faviconName
    }

    /// The site's `templates/` files as text, by path inside the folder; empty when there is none.
    private static func readSiteFiles(_ folder: URL) throws -> [String: String] {
        var texts: [String: String] = [:]
        var problems: [Diagnostic] = []
        for path in FileTree.files(under: folder.path, where: isThemeFile) {
            do {
                texts[path] = try SourceText.read(folder.appendingPathComponent(path), displayPath: "templates/\(path)")
            } catch {
                problems += DiagnosticList(flattening: error, at: SourceLocation(path: "templates/\(path)")).diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return texts
    }
}

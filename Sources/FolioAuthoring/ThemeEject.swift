import FolioDiagnostics
import FolioSite
import FolioTheme
import Foundation

/// `folio eject`: copies built-in theme files into a site's `templates/`, each with a
/// `folio-theme:` header (`ThemeHeader`) so `folio check` can tell when Folio's own file changes.
public enum ThemeEject {
    /// Every built-in file's path inside `templates/`, sorted.
    public static var paths: [String] { BuiltInTheme.files.keys.sorted() }

    /// The built-in file at `path` (`footer.mustache`, `templates/css/base.css`) as `folio eject`
    /// writes it: the header line, then the file.
    public static func text(of path: String) throws -> String {
        let name = normalized(path)
        guard let text = BuiltInTheme.files[name] else {
            throw Diagnostic(
                SourceLocation(path: path), "Folio has no built-in theme file '\(name)'",
                hint: "built-in files: \(paths.joined(separator: ", "))")
        }
        return ThemeHeader.line(for: name, hash: ThemeHeader.hash(of: text)) + "\n" + text
    }

    /// Writes each file into `sourceRoot/templates/`, refusing (before writing any) to replace a
    /// file already there unless `force`; returns the paths written.
    public static func copy(_ paths: [String], into sourceRoot: URL, force: Bool) throws -> [String] {
        let manager = FileManager.default
        var planned: [(path: String, text: String)] = []
        var problems: [Diagnostic] = []
        for path in paths {
            do {
                let name = normalized(path)
                let target = "templates/\(name)"
                if !force, manager.fileExists(atPath: sourceRoot.appendingPathComponent(target).path) {
                    throw Diagnostic(
                        SourceLocation(path: target), "already exists; folio eject does not replace your copy",
                        hint: "pass --force to replace it with Folio's current file, or --print to compare")
                }
                planned.append((target, try text(of: path)))
            } catch {
                problems += DiagnosticList(flattening: error, at: SourceLocation(path: path)).diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        for file in planned {
            let url = sourceRoot.appendingPathComponent(file.path)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url)
            } catch {
                throw Diagnostic(SourceLocation(path: file.path), "cannot write file: \(error.localizedDescription)")
            }
        }
        return planned.map(\.path)
    }

    /// `templates/css/base.css` and `css/base.css` name the same file.
    static func normalized(_ path: String) -> String {
        path.hasPrefix("templates/") ? String(path.dropFirst("templates/".count)) : path
    }
}

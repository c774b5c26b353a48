import FolioDiagnostics
import Foundation

/// Where a build may put its output: never in the folders it reads.
///
/// An output folder inside `content/` is read back by the next build as a language folder (`folio build
/// --output content/out` built once, then every build failed with "unknown language folder 'out'"); one
/// inside `templates/` would be read as the theme. Both are refused before anything is written.
public enum OutputPlacement {
    /// The folders of the project that every build reads.
    static let sourceFolders = ["content", "templates"]

    /// Throws when `output` is `content/` or `templates/` of `sourceRoot`, or inside one of them;
    /// symbolic links are followed, so another spelling of the same folder is caught too.
    public static func check(output: URL, sourceRoot: URL) throws {
        let target = resolved(output)
        let root = resolved(sourceRoot)
        for folder in sourceFolders {
            let source = root.appendingPathComponent(folder).path
            guard target.path == source || target.path.hasPrefix(source + "/") else { continue }
            let relative = folder + target.path.dropFirst(source.count)
            throw Diagnostic(
                SourceLocation(path: relative),
                "the output folder is inside \(folder)/, which every build reads: the next build would read its own output",
                hint: "choose an output folder outside content/ and templates/, such as --output site")
        }
    }

    /// `url` made absolute and standard, its longest existing part with symbolic links resolved (the
    /// output folder often does not exist yet).
    static func resolved(_ url: URL) -> URL {
        var existing = url.standardizedFileURL
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            missing.append(existing.lastPathComponent)
            existing = existing.deletingLastPathComponent()
        }
        var result = existing.resolvingSymlinksInPath()
        for name in missing.reversed() { result = result.appendingPathComponent(name) }
        return result.standardizedFileURL
    }
}

import FolioDiagnostics
import FolioFormats
import FolioSite
import Foundation

/// The folder `folio init` writes a new site into: refused when it already holds something, so an
/// existing project is never overwritten, and written only once every check has passed.
public struct ScaffoldFolder: Sendable {
    public var url: URL
    /// Allow a folder that holds other files, as long as its `content/` is missing or empty;
    /// files that already exist outside `content/` (a README, a .gitignore) are kept as they are.
    public var force: Bool

    public init(url: URL, force: Bool = false) {
        self.url = url
        self.force = force
    }

    /// Writes `files` (paths relative to the folder) and returns the paths written, sorted; throws
    /// before writing anything when the folder is not fit.
    public func write(_ files: [String: String]) throws -> [String] {
        let manager = FileManager.default
        let display = url.path
        let existing =
            FileTree.files(under: url.path) { _ in true }
            + FileTree.folders(in: url.path).filter {
                FileTree.files(under: url.path + "/" + $0) { _ in true }.isEmpty
            }
        if !existing.isEmpty {
            let contentFiles = FileTree.files(under: url.appendingPathComponent("content").path) { _ in true }
            if !force {
                throw Diagnostic(
                    SourceLocation(path: display),
                    "folder is not empty; folio init writes a new site only into an empty folder",
                    hint:
                        "pick a new folder name, or pass --force to add a site to this folder (its content/ must be missing or empty)"
                )
            }
            if !contentFiles.isEmpty {
                throw Diagnostic(
                    SourceLocation(path: display + "/content"),
                    "content/ already holds \(contentFiles.count) file(s); folio init never overwrites a site",
                    hint: "run folio init in a new folder, or move content/ away first")
            }
        }
        var written: [String] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let target = url.appendingPathComponent(path)
            if !path.hasPrefix("content/"), manager.fileExists(atPath: target.path) { continue }
            do {
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: target)
            } catch {
                throw Diagnostic(
                    SourceLocation(path: target.path), "cannot write file: \(error.localizedDescription)",
                    hint: "check that the folder is writable")
            }
            written.append(path)
        }
        return written
    }
}

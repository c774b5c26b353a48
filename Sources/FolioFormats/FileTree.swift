import Foundation

/// The files under a folder, found with `opendir`/`readdir`.
///
/// Foundation's directory enumerator and `URL.appendingPathComponent` each ask the file system
/// about every entry again (a `stat` per name); on a rebuild in `folio serve` that was a third of
/// the time. Hidden files and folders (`.name`) are skipped; links are followed to files, never
/// into folders, so a link cannot make the walk loop.
public enum FileTree {
    /// Relative paths (with `/`) of the files under `root` that `keep` accepts, sorted.
    public static func files(under root: String, where keep: (String) -> Bool) -> [String] {
        var found: [String] = []
        walk(root, relative: "", keep: keep, into: &found)
        return found.sorted()
    }

    /// Names of the folders directly inside `root` (hidden ones skipped), sorted.
    public static func folders(in root: String) -> [String] {
        var names: [String] = []
        entries(of: root) { name, isFolder in if isFolder { names.append(name) } }
        return names.sorted()
    }

    /// Whether `path` is a folder (following links).
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    private static func walk(_ folder: String, relative: String, keep: (String) -> Bool, into found: inout [String]) {
        entries(of: folder) { name, isFolder in
            let path = relative.isEmpty ? name : relative + "/" + name
            if isFolder {
                walk(folder + "/" + name, relative: path, keep: keep, into: &found)
            } else if keep(path) {
                found.append(path)
            }
        }
    }

    /// Calls `body` with the name and `d_type` (`DT_DIR`, `DT_REG`, `DT_LNK`, `DT_UNKNOWN`…) of each
    /// entry of `folder` whose name does not start with `.`; nothing if the folder cannot be opened.
    public static func visibleEntries(of folder: String, _ body: (_ name: String, _ type: UInt8) -> Void) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { body(name, entry.pointee.d_type) }
        }
    }

    private static func entries(of folder: String, _ body: (String, Bool) -> Void) {
        visibleEntries(of: folder) { name, type in
            switch Int32(type) {
            case Int32(DT_DIR): body(name, true)
            case Int32(DT_REG): body(name, false)
            default:
                // A link, or a file system that does not fill in d_type: ask.
                var info = stat()
                guard stat(folder + "/" + name, &info) == 0 else { return }
                let kind = info.st_mode & S_IFMT
                let isLink = Int32(type) == Int32(DT_LNK)
                if kind == S_IFDIR, !isLink {
                    body(name, true)
                } else if kind == S_IFREG {
                    body(name, false)
                }
            }
        }
    }
}

import FolioFormats
import FolioSite
import Foundation

/// The size and modification time of every file under the watched folders, to compare with the
/// next look. Taking one costs a directory read per folder and an `lstat` per file, nothing more;
/// bringing one up to date for the files the events named costs an `lstat` per named file.
struct SourceSnapshot: Sendable, Equatable {
    /// A file's identity for change detection: nanosecond mtime, size and inode (editors that save
    /// by renaming a new file over the old one change the inode even when the rest matches).
    struct Stamp: Sendable, Equatable {
        let seconds: Int
        let nanoseconds: Int
        let size: Int
        let inode: UInt64
    }

    private(set) var files: [String: Stamp] = [:]

    /// Reads `folders` recursively. Hidden files and editor backups (`.x.swp`, `x~`) are skipped, so
    /// an editor's bookkeeping does not cause rebuilds; a missing folder is simply empty.
    init(folders: [URL]) {
        for folder in folders { walk(folder.path) }
    }

    /// Takes the files at `paths` (named by file events) as they are now: a file that is no longer
    /// there, or no longer a file, leaves the snapshot.
    mutating func refresh(_ paths: some Sequence<String>) {
        for path in paths {
            var info = stat()
            if Self.fileInfo(path, &info) == S_IFREG { files[path] = Self.stamp(info) } else { files[path] = nil }
        }
    }

    /// The files added, removed or changed between this snapshot and `later`.
    func changes(to later: SourceSnapshot) -> Set<String> {
        var changed = Set(later.files.keys.filter { files[$0] != later.files[$0] })
        for path in files.keys where later.files[path] == nil { changed.insert(path) }
        return changed
    }

    private mutating func walk(_ folder: String) {
        FileTree.visibleEntries(of: folder) { name, _ in
            guard !name.hasSuffix("~") else { return }
            let path = folder + "/" + name
            var info = stat()
            switch Self.fileInfo(path, &info) {
            case S_IFDIR: walk(path)
            case S_IFREG: files[path] = Self.stamp(info)
            default: return
            }
        }
    }

    /// The file type at `path` (`S_IFREG`, `S_IFDIR`, …; 0 when there is nothing), with `info`
    /// filled in. A linked file is watched through its link; linked folders are not entered (no cycles).
    private static func fileInfo(_ path: String, _ info: inout stat) -> mode_t {
        guard lstat(path, &info) == 0 else { return 0 }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { return 0 }
        }
        return info.st_mode & S_IFMT
    }

    private static func stamp(_ info: stat) -> Stamp {
        Stamp(
            seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec), size: Int(info.st_size),
            inode: UInt64(info.st_ino))
    }
}

import FolioSite
import Foundation

/// The size and modification time of every file under the watched folders, to compare with the
/// next look. Taking one costs a directory read per folder and an `lstat` per file, nothing more.
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

    private mutating func walk(_ folder: String) {
        FileTree.visibleEntries(of: folder) { name, _ in
            guard !name.hasSuffix("~") else { return }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { return }
            // A linked file is watched through its link; linked folders are not entered (no cycles).
            if info.st_mode & S_IFMT == S_IFLNK, stat(path, &info) != 0 || info.st_mode & S_IFMT == S_IFDIR { return }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path)
            case S_IFREG:
                files[path] = Stamp(
                    seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec), size: Int(info.st_size),
                    inode: UInt64(info.st_ino))
            default:
                return
            }
        }
    }
}

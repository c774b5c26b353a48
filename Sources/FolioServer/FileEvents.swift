import FolioFormats
import FolioSite
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc

    /// Linux inotify on every folder under the watched ones: wakes the watcher the moment a file is
    /// saved, where polling would notice only at its next look, and names the files that changed,
    /// so neither the watcher nor the build has to look at the others.
    ///
    /// Hidden files and editor backups (`.x.swp`, `x~`) are left out, as `SourceSnapshot` leaves
    /// them out. A change the events cannot name file by file — a folder created (files may be in
    /// it before its watch is added), moved or removed, the event queue overflowing — is reported
    /// as incomplete, and the watcher compares snapshots of the whole tree instead. Folders created
    /// later are added as their events arrive.
    final class FileEvents: Sendable {
        private let descriptor: Int32
        /// Only the one thread that calls `wait` and `takeChanges` touches it, after `init`, so its lock is
        /// never contended; it is what lets the class be `Sendable` without an unchecked promise.
        private let tracking: Mutex<Tracking>
        private static let mask: UInt32 =
            UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)
            | UInt32(IN_DELETE_SELF | IN_MOVE_SELF)

        /// Why inotify cannot watch the folders.
        enum Unavailable: Error, Equatable {
            /// No inotify instance (another system, or the instance limit reached).
            case noInstance
            /// `fs.inotify.max_user_watches` is reached: one watch is needed per folder.
            case watchLimit(folders: Int, limit: Int?)
            case failed(errno: Int32)
        }

        /// Watches every folder under `folders`; throws when inotify is unavailable.
        init(folders: [URL]) throws(Unavailable) {
            descriptor = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
            guard descriptor >= 0 else { throw .noInstance }
            tracking = Mutex(Tracking(descriptor: descriptor))
            for folder in folders {
                let failure = tracking.withLock { $0.addTree(folder.path) }
                // Once every property is set, `deinit` closes `descriptor`, also when this throws.
                guard failure == 0 else {
                    if failure == ENOSPC {
                        throw .watchLimit(folders: tracking.withLock { $0.watches.count }, limit: Self.watchLimit())
                    }
                    throw .failed(errno: failure)
                }
            }
        }

        deinit { close(descriptor) }

        /// The system's limit on inotify watches per user, if it can be read.
        static func watchLimit() -> Int? {
            guard let bytes = FileManager.default.contents(atPath: "/proc/sys/fs/inotify/max_user_watches") else {
                return nil
            }
            return Int(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }

        /// Blocks until something changes under the folders or `timeout` passes; true for a change.
        func wait(timeout: Duration) -> Bool {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(
                clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
            guard poll(&poller, 1, milliseconds) > 0 else { return false }
            tracking.withLock { $0.drain() }
            return true
        }

        /// The files named by the events read since the last call, and whether they are all that
        /// changed.
        func takeChanges() -> (paths: Set<String>, complete: Bool) {
            tracking.withLock { tracking in
                defer {
                    tracking.changed = []
                    tracking.complete = true
                }
                return (tracking.changed, tracking.complete)
            }
        }

        /// The watched folders by watch, and what the events read so far named.
        private struct Tracking {
            let descriptor: Int32
            var watches: [Int32: String] = [:]
            var changed: Set<String> = []
            var complete = true

            /// Reads every pending event, noting the files it names and adding a watch for each new folder.
            mutating func drain() {
                let capacity = 64 * 1024
                let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
                defer { buffer.deallocate() }
                while true {
                    let count = read(descriptor, buffer, capacity)
                    guard count > 0 else { return }
                    var offset = 0
                    while offset + MemoryLayout<inotify_event>.size <= count {
                        let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                        let nameStart = offset + MemoryLayout<inotify_event>.size
                        let bytes = UnsafeRawBufferPointer(start: buffer + nameStart, count: Int(event.len))
                        note(event, name: String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self))
                        offset = nameStart + Int(event.len)
                    }
                }
            }

            private mutating func note(_ event: inotify_event, name: String) {
                let mask = event.mask
                if mask & UInt32(IN_Q_OVERFLOW | IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 {
                    complete = false
                    return
                }
                guard !name.isEmpty, let parent = watches[event.wd] else { return }
                guard !name.hasPrefix("."), !name.hasSuffix("~") else { return }
                let path = parent + "/" + name
                guard mask & UInt32(IN_ISDIR) != 0 else {
                    changed.insert(path)
                    return
                }
                if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { _ = addTree(path) }
                if mask & UInt32(IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE) != 0 { complete = false }
            }

            /// Watches `folder` and the folders below it (hidden ones skipped); returns 0, or the
            /// `errno` of the first watch that failed (a folder gone meanwhile is not a failure).
            mutating func addTree(_ folder: String) -> Int32 {
                let watch = inotify_add_watch(descriptor, folder, FileEvents.mask)
                guard watch >= 0 else { return errno == ENOENT ? 0 : errno }
                watches[watch] = folder
                var failure: Int32 = 0
                FileTree.visibleEntries(of: folder) { name, type in
                    guard failure == 0, Int32(type) == Int32(DT_DIR) else { return }
                    failure = addTree(folder + "/" + name)
                }
                return failure
            }
        }
    }
#endif

import FolioSite
import Foundation

#if canImport(Glibc)
    import Glibc

    /// Linux inotify on every folder under the watched ones: wakes the watcher the moment a file is
    /// saved, where polling would notice only at its next look (250 ms).
    ///
    /// Only a wake-up signal: what changed is still decided by comparing `SourceSnapshot`s, so the
    /// rules for hidden files, editor backups and links stay in one place. Folders created later are
    /// added as their events arrive.
    final class FileEvents: @unchecked Sendable {
        // `watches` is touched only by the one thread that calls `wait`, after `init`.
        private let descriptor: Int32
        private var watches: [Int32: String] = [:]
        private static let mask: UInt32 =
            UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)
            | UInt32(IN_DELETE_SELF | IN_MOVE_SELF)

        /// Nil when inotify is unavailable (another system, or the watch limit is reached).
        init?(folders: [URL]) {
            descriptor = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
            guard descriptor >= 0 else { return nil }
            for folder in folders where !addTree(folder.path) {
                close(descriptor)
                return nil
            }
        }

        deinit { close(descriptor) }

        /// Blocks until something changes under the folders or `timeout` passes; true for a change.
        func wait(timeout: Duration) -> Bool {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(
                clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
            guard poll(&poller, 1, milliseconds) > 0 else { return false }
            drain()
            return true
        }

        /// Reads every pending event, adding a watch for each new folder.
        private func drain() {
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
                    if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0,
                        event.len > 0, let parent = watches[event.wd]
                    {
                        let bytes = UnsafeRawBufferPointer(start: buffer + nameStart, count: Int(event.len))
                        let name = String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                        if !name.hasPrefix(".") { _ = addTree(parent + "/" + name) }
                    }
                    offset = nameStart + Int(event.len)
                }
            }
        }

        /// Watches `folder` and the folders below it (hidden ones skipped); false if the watch failed.
        private func addTree(_ folder: String) -> Bool {
            let watch = inotify_add_watch(descriptor, folder, Self.mask)
            guard watch >= 0 else { return errno == ENOENT }
            watches[watch] = folder
            var ok = true
            FileTree.visibleEntries(of: folder) { name, type in
                if Int32(type) == Int32(DT_DIR) { ok = addTree(folder + "/" + name) && ok }
            }
            return ok
        }
    }
#endif

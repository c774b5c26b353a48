import Synchronization

/// The paths the file events named since the watcher last looked, handed from the events thread to
/// the watcher's loop; wake-ups during a rebuild collapse into one, so their paths are merged here
/// rather than lost.
final class PendingChanges: Sendable {
    /// What the watcher learns when it looks.
    enum Report: Sendable, Equatable {
        /// No event since the last look.
        case nothing
        /// These files (absolute paths) were written, created or removed, and nothing else changed.
        case paths(Set<String>)
        /// Something changed that the events do not name file by file (a folder created, moved or
        /// removed, the kernel's event queue overflowing): the tree must be compared whole.
        case unknown
    }

    private let state = Mutex<Report>(.nothing)

    init() {}

    /// Adds `paths`; with `complete` false, marks the batch as not knowing every changed path.
    func add(_ paths: Set<String>, complete: Bool) {
        state.withLock { report in
            switch (report, complete) {
            case (.unknown, _), (_, false): report = .unknown
            case (.nothing, true): report = paths.isEmpty ? .nothing : .paths(paths)
            case let (.paths(known), true): report = .paths(known.union(paths))
            }
        }
    }

    /// What was added since the last call, and starts again from nothing.
    func take() -> Report {
        state.withLock { report in
            defer { report = .nothing }
            return report
        }
    }
}

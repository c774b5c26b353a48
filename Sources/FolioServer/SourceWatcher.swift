import Foundation
import ServiceLifecycle
import Synchronization

/// Watches `content/` (pages, data, `site.yml`) and `templates/` and rebuilds when they change,
/// telling the build which files changed so that it reads only those.
///
/// On Linux, inotify (`FileEvents`) wakes the watcher as soon as a file is saved and names the
/// files, so a rebuild starts within milliseconds and costs no look at the rest of the tree. A
/// change the events cannot name file by file, and a change no event reported (file systems
/// that send none, network shares), is found by comparing snapshots of the whole tree: at once
/// for the first, and at a regular look for the second, spaced so that it takes at most 0.5 % of
/// the time (every second for a small site, every 30 s or so at 100,000 pages), so it rarely
/// delays a save. Without inotify — another system, or the watch limit reached, which the
/// console explains — the watcher polls with snapshots every `pollInterval` (longer for trees
/// whose snapshot is slow). A change starts a rebuild once the tree has been quiet for
/// `quietPeriod`, so a burst of saves gives one rebuild; rebuilds run one after another in this
/// loop and so can never overlap. Changes made during a rebuild are caught by the next look.
struct SourceWatcher: Service {
    let folders: [URL]
    let pollInterval: Duration
    let quietPeriod: Duration
    let rebuild: SiteRebuild
    /// The tree as it was before the first build, when the server took it then: what changed
    /// during that build, or before the watches were in place, is built at once. Without it,
    /// a save made while a 100,002-page site built for minutes waited for the next whole look.
    let before: Timed<SourceSnapshot>?

    init(options: ServeOptions, rebuild: SiteRebuild, before: Timed<SourceSnapshot>? = nil) {
        folders = Self.folders(of: options)
        pollInterval = options.pollInterval
        quietPeriod = options.quietPeriod
        self.rebuild = rebuild
        self.before = before
    }

    /// The folders a server watches: `content/` and `templates/`.
    static func folders(of options: ServeOptions) -> [URL] {
        [options.sourceRoot.appendingPathComponent("content"), options.sourceRoot.appendingPathComponent("templates")]
    }

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown { try await watch() }
        } catch is CancellationError {
            // Ctrl-C or SIGTERM: nothing to clean up.
        }
    }

    private func watch() async throws {
        var seen = before ?? Timed { SourceSnapshot(folders: folders) }
        #if canImport(Glibc)
            do throws(FileEvents.Unavailable) {
                let events = try FileEvents(folders: folders)
                // Saves from before the watches were in place have no events: one look finds them.
                if before != nil { await lookWhole(since: &seen) }
                let pending = PendingChanges()
                var nextLook = ContinuousClock.now + seen.spacing(factor: 200, least: .seconds(1))
                // The thread has already waited for the events to settle: one look, no quiet loop.
                for await _ in Self.wakeUps(from: events, into: pending, quietPeriod: quietPeriod) {
                    switch pending.take() {
                    case let .paths(paths):
                        seen.value.refresh(paths)
                        await rebuild.run(changed: relative(paths))
                    case .unknown:
                        await lookWhole(since: &seen)
                    case .nothing:
                        guard ContinuousClock.now >= nextLook else { continue }
                        await lookWhole(since: &seen)
                        nextLook = ContinuousClock.now + seen.spacing(factor: 200, least: .seconds(1))
                    }
                }
                return
            } catch {
                rebuild.console.problem(Self.explain(error))
            }
        #endif
        while true {
            try await Task.sleep(for: seen.spacing(factor: 10, least: pollInterval))
            try await look(since: &seen)
        }
    }

    /// Compares the whole tree with `seen` and rebuilds with what differs.
    private func lookWhole(since seen: inout Timed<SourceSnapshot>) async {
        let now = Timed { SourceSnapshot(folders: folders) }
        let changed = seen.value.changes(to: now.value)
        seen = now
        guard !changed.isEmpty else { return }
        await rebuild.run(changed: relative(changed))
    }

    /// Rebuilds if the tree differs from `seen`, once it has settled.
    private func look(since seen: inout Timed<SourceSnapshot>) async throws {
        var now = Timed { SourceSnapshot(folders: folders) }
        guard now.value != seen.value else { return }
        while true {
            try await Task.sleep(for: quietPeriod)
            let later = Timed { SourceSnapshot(folders: folders) }
            if later.value == now.value { break }
            now = later
        }
        let changed = seen.value.changes(to: now.value)
        seen = now
        await rebuild.run(changed: relative(changed))
    }

    /// `paths` relative to the site's folder (`content/sv/kanaler.md`), as the build names them.
    func relative(_ paths: Set<String>) -> Set<String> {
        var relative: Set<String> = []
        for path in paths {
            for folder in folders where path.hasPrefix(folder.path + "/") {
                relative.insert(folder.lastPathComponent + "/" + path.dropFirst(folder.path.count + 1))
            }
        }
        return relative
    }

    #if canImport(Glibc)
        /// The console's words when inotify cannot watch the tree: what happened and what to do.
        static func explain(_ error: FileEvents.Unavailable) -> String {
            switch error {
            case let .watchLimit(folders, limit):
                let limitText = limit.map { " (fs.inotify.max_user_watches = \($0))" } ?? ""
                return
                    "The inotify watch limit is reached\(limitText) after \(folders) folders: watching by polling instead,"
                    + " which notices saves later and costs more on a large site. Raise the limit with"
                    + " `sudo sysctl fs.inotify.max_user_watches=524288`."
            case .noInstance:
                return "inotify is unavailable (too many instances?): watching by polling instead."
            case let .failed(code):
                return "inotify cannot watch the sources (\(String(cString: strerror(code))))"
                    + ": watching by polling instead."
            }
        }

        /// One element per burst of inotify events, once no event has come for `quietPeriod`, and
        /// one per second without events; from a thread of its own (inotify is read with a blocking
        /// `poll`). Each burst's paths go to `pending` first, so wake-ups that collapse into one
        /// (during a rebuild) lose none.
        private static func wakeUps(from events: FileEvents, into pending: PendingChanges, quietPeriod: Duration)
            -> AsyncStream<Void>
        {
            let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
            let stopped = StopFlag()
            continuation.onTermination = { _ in stopped.stop() }
            let thread = Thread {
                while !stopped.isStopped {
                    if events.wait(timeout: .seconds(1)) {
                        collectBurst(from: events, quietPeriod: quietPeriod, into: pending)
                    }
                    continuation.yield()
                }
            }
            thread.name = "folio-file-events"
            thread.start()
            return stream
        }

        /// Reads events until none has come for `quietPeriod`, then hands every path they named to
        /// `pending` as one batch: a burst of saves is one rebuild.
        static func collectBurst(from events: FileEvents, quietPeriod: Duration, into pending: PendingChanges) {
            while events.wait(timeout: quietPeriod) {}
            let batch = events.takeChanges()
            pending.add(batch.paths, complete: batch.complete)
        }
    #endif
}

/// A flag set once from any thread.
private final class StopFlag: Sendable {
    private let flag = Mutex(false)
    var isStopped: Bool { flag.withLock { $0 } }
    func stop() { flag.withLock { $0 = true } }
}

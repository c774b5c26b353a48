import Foundation
import ServiceLifecycle
import Synchronization

/// Watches `content/` (pages, data, `site.yml`) and `templates/` and rebuilds when they change.
///
/// On Linux, inotify (`FileEvents`) wakes the watcher as soon as a file is saved, so a rebuild
/// starts within milliseconds; a look every second still runs, for file systems that send no
/// events (network shares). Elsewhere, or when inotify is unavailable, it polls every
/// `pollInterval`: `stat` calls only. Either way what changed is decided by comparing snapshots,
/// and a change starts a rebuild once the tree has been quiet for `quietPeriod`, so a burst of
/// saves gives one rebuild; rebuilds run one after another in this loop and so can never overlap.
/// Changes made during a rebuild are caught by the next look, because the snapshot was taken
/// before it started.
struct SourceWatcher: Service {
    let folders: [URL]
    let pollInterval: Duration
    let quietPeriod: Duration
    let rebuild: SiteRebuild

    init(options: ServeOptions, rebuild: SiteRebuild) {
        folders = [
            options.sourceRoot.appendingPathComponent("content"),
            options.sourceRoot.appendingPathComponent("templates"),
        ]
        pollInterval = options.pollInterval
        quietPeriod = options.quietPeriod
        self.rebuild = rebuild
    }

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown { try await watch() }
        } catch is CancellationError {
            // Ctrl-C or SIGTERM: nothing to clean up.
        }
    }

    private func watch() async throws {
        var seen = SourceSnapshot(folders: folders)
        #if canImport(Glibc)
            if let events = FileEvents(folders: folders) {
                // The thread has already waited for the events to settle: one look, no quiet loop.
                for await _ in Self.wakeUps(from: events, quietPeriod: quietPeriod) {
                    let now = SourceSnapshot(folders: folders)
                    guard now != seen else { continue }
                    seen = now
                    await rebuild.run()
                }
                return
            }
        #endif
        while true {
            try await Task.sleep(for: pollInterval)
            try await look(since: &seen)
        }
    }

    /// Rebuilds if the tree differs from `seen`, once it has settled.
    private func look(since seen: inout SourceSnapshot) async throws {
        var now = SourceSnapshot(folders: folders)
        guard now != seen else { return }
        while true {
            try await Task.sleep(for: quietPeriod)
            let later = SourceSnapshot(folders: folders)
            if later == now { break }
            now = later
        }
        seen = now
        await rebuild.run()
    }

    #if canImport(Glibc)
        /// One element per burst of inotify events, once no event has come for `quietPeriod`, and
        /// one per second without events; from a thread of its own (inotify is read with a blocking
        /// `poll`). Wake-ups during a rebuild collapse into one.
        private static func wakeUps(from events: FileEvents, quietPeriod: Duration) -> AsyncStream<Void> {
            let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
            let stopped = StopFlag()
            continuation.onTermination = { _ in stopped.stop() }
            let thread = Thread {
                while !stopped.isStopped {
                    if events.wait(timeout: .seconds(1)) {
                        while events.wait(timeout: quietPeriod) {}
                    }
                    continuation.yield()
                }
            }
            thread.name = "folio-file-events"
            thread.start()
            return stream
        }
    #endif
}

/// A flag set once from any thread.
private final class StopFlag: Sendable {
    private let flag = Mutex(false)
    var isStopped: Bool { flag.withLock { $0 } }
    func stop() { flag.withLock { $0 = true } }
}

import Foundation
import ServiceLifecycle

/// Watches `content/` (pages, data, `site.yml`) and `templates/` and rebuilds when they change.
///
/// Polling rather than inotify: a look every `pollInterval` costs only `stat` calls, works the same
/// on every file system (bind mounts and network shares included) and needs no C shim. A change
/// starts a rebuild once the tree has been quiet for `quietPeriod`, so a burst of saves gives one
/// rebuild; rebuilds run one after another in this loop and so can never overlap. Changes made
/// during a rebuild are caught by the next look, because the snapshot was taken before it started.
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
        while true {
            try await Task.sleep(for: pollInterval)
            var now = SourceSnapshot(folders: folders)
            guard now != seen else { continue }
            while true {
                try await Task.sleep(for: quietPeriod)
                let later = SourceSnapshot(folders: folders)
                if later == now { break }
                now = later
            }
            seen = now
            await rebuild.run()
        }
    }
}

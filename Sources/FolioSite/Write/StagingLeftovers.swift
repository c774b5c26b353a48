import Foundation

/// Staging folders left beside the output by builds that were killed (SIGKILL, a power cut) before
/// they could discard them: `.site.new-<pid>-<ms>` and `.site.old-<pid>-<ms>` (`OutputWriter.stage`).
///
/// A leftover of a large site is large (29 MB at 10,000 pages) and nothing else removes it, so each
/// build removes those whose process is gone. One whose process still runs is another build's, in
/// progress: it stays.
enum StagingLeftovers {
    /// Removes the staging and retired folders of `output` whose builds' processes no longer run.
    static func remove(beside output: URL) {
        let parent = output.deletingLastPathComponent()
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in entries {
            guard let pid = processID(in: name, output: output.lastPathComponent), !isRunning(pid) else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// The process id in `name` when it is a staging or retired folder of the output named `output`.
    static func processID(in name: String, output: String) -> pid_t? {
        for kind in ["new", "old"] {
            let prefix = ".\(output).\(kind)-"
            guard name.hasPrefix(prefix) else { continue }
            let stamp = name.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
            guard stamp.count == 2, let pid = pid_t(stamp[0]), pid > 0, UInt64(stamp[1]) != nil else { return nil }
            return pid
        }
        return nil
    }

    /// Whether a process with this id exists; one of another user (EPERM) counts as running.
    static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}

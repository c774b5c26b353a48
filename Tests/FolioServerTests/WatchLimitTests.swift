import FolioTestSupport
import Foundation
import Testing

/// The real inotify watch limit, reached: `folio serve` runs in a user namespace of its own, whose limit
/// (`/proc/sys/user/max_inotify_watches`, which its root may lower) is 3 watches for a site of 6 folders.
/// It must say so and fall back to polling, and a save must still reach the page it serves.
@Suite(.enabled(if: UserNamespace.canLimitWatches, "needs unshare(1) and user namespaces"))
struct WatchLimitTests {
    /// The `folio` program built beside the tests.
    private func folio() throws -> URL {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("folio"),
            Repository.url(".build/debug/folio"),
        ]
        return try #require(
            candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0.path) },
            "build the folio program first (swift build)")
    }

    @Test func theWatchLimitReachedFallsBackToPollingAndASaveStillRebuilds() async throws {
        try await withFixtureSite { site in
            let output = OutputLines()
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
            process.arguments = [
                "-U", "-r", "sh", "-c", "echo 3 > /proc/sys/user/max_inotify_watches && exec \"$0\" \"$@\"",
                try folio().path, "serve", "--source", site.root.path, "--output", site.output.path, "--port", "0",
            ]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            pipe.fileHandleForReading.readabilityHandler = { handle in output.append(handle.availableData) }
            try process.run()
            defer {
                process.terminate()
                process.waitUntilExit()
            }

            let serving = try await output.waitForLine(containing: "Serving site/ at http://127.0.0.1:")
            let port = try #require(
                serving.split(separator: ":").last.flatMap {
                    Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "/")))
                })
            #expect(output.text.contains("The inotify watch limit is reached"), "\(output.text)")
            #expect(output.text.contains("watching by polling instead"))
            #expect(try await RawHTTPClient.get("/sv/principer/", port: port).text.contains("Bara på svenska."))

            try site.write(
                "content/sv/principer.md", "---\ntitle: Principer\nweight: 10\n---\nFunnen genom att titta.\n")
            let found = await eventually {
                (try? await RawHTTPClient.get("/sv/principer/", port: port).text.contains("Funnen genom att titta."))
                    == true
            }
            #expect(found, "\(output.text)")
        }
    }
}

/// What the child prints, line by line, collected from the pipe's reading thread.
private final class OutputLines: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []

    func append(_ data: Data) { lock.withLock { bytes += data } }

    var text: String { lock.withLock { String(decoding: bytes, as: UTF8.self) } }

    /// The first line containing `fragment`, waiting for it (`eventually`).
    func waitForLine(containing fragment: String) async throws -> String {
        await eventually { line(containing: fragment) != nil }
        guard let line = line(containing: fragment) else {
            throw RawHTTPClient.Failure(description: "no line with '\(fragment)' in: \(text)")
        }
        return line
    }

    private func line(containing fragment: String) -> String? {
        text.split(separator: "\n").first { $0.contains(fragment) }.map(String.init)
    }
}

/// Whether this machine lets a test lower the watch limit in a user namespace of its own.
private enum UserNamespace {
    static let canLimitWatches: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        probe.arguments = ["-U", "-r", "sh", "-c", "echo 3 > /proc/sys/user/max_inotify_watches"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()
}

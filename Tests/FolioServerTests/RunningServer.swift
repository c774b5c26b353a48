import FolioTestSupport
import Foundation

@testable import FolioServer

/// A preview server on an ephemeral port, serving a throwaway copy of `Tests/Fixtures/basic-site`
/// with the project's real templates. Stop it with `stop()`.
///
/// Started with `rebuildsOnSave: false`, it never watches the sources: the test writes its files and
/// calls `rebuild()`, so how many builds there are and what each includes does not depend on timing.
final class RunningServer: Sendable {
    let root: URL
    let port: Int
    let log: ConsoleLog
    private let server: PreviewServer
    private let task: Task<Void, any Error>

    var output: URL { root.appendingPathComponent("site") }

    /// Copies the fixture, starts the server and waits until it listens.
    static func start(
        rebuildsOnSave: Bool = true, heartbeatInterval: Duration = .seconds(15), verbose: Bool = false,
        defersSiteWideOutputs: Bool = true, prepare: (URL) throws -> Void = { _ in }
    ) async throws -> RunningServer {
        let root = try FixtureSite().root
        try prepare(root)
        let log = ConsoleLog()
        let options = ServeOptions(
            sourceRoot: root, output: root.appendingPathComponent("site"), port: 0, verbose: verbose,
            pollInterval: .milliseconds(50), quietPeriod: .milliseconds(100), heartbeatInterval: heartbeatInterval,
            defersSiteWideOutputs: defersSiteWideOutputs)
        var server = PreviewServer(options: options, console: log.console)
        if !rebuildsOnSave { server.requests = RebuildRequests() }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let task = Task {
            defer { continuation.finish() }
            try await server.run(handlesSignals: false) { port in
                continuation.yield(port)
            }
        }
        for await port in ports {
            return RunningServer(root: root, port: port, log: log, server: server, task: task)
        }
        _ = try await task.value
        throw RawHTTPClient.Failure(description: "server stopped before listening: \(log.text)")
    }

    private init(root: URL, port: Int, log: ConsoleLog, server: PreviewServer, task: Task<Void, any Error>) {
        self.root = root
        self.port = port
        self.log = log
        self.server = server
        self.task = task
    }

    /// The files of the print editions and search pages the builds left stale.
    var deferredFiles: Set<String> { server.state.deferredFiles }

    /// The live-reload streams the server holds open.
    var subscriberCount: Int { server.state.subscriberCount }

    func get(_ target: String, headers: [String: String] = [:]) async throws -> RawHTTPClient.Reply {
        try await RawHTTPClient.get(target, port: port, headers: headers)
    }

    func send(_ method: String, _ target: String, headers: [String: String] = [:]) async throws -> RawHTTPClient.Reply {
        try await RawHTTPClient.send(method, target, port: port, headers: headers)
    }

    /// Replaces a source file, as an editor saving it would.
    func write(_ relativePath: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(relativePath))
    }

    /// Replaces a source file in one step (a temporary file renamed over it), as many editors save: the
    /// watcher never sees it empty.
    func replace(_ relativePath: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(relativePath), options: .atomic)
    }

    func source(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Waits until `count` console lines start with `prefix`; false when fewer came (`eventually`).
    @discardableResult
    func waitForLog(_ prefix: String, count: Int = 1) async -> Bool {
        await eventually { log.count(of: prefix) >= count }
    }

    /// Rebuilds the site as it is on disk now, as a save would, and returns once the build has finished:
    /// whether it succeeded. Only for a server started with `rebuildsOnSave: false`.
    @discardableResult
    func rebuild() async throws -> Bool {
        guard let requests = server.requests else {
            throw RawHTTPClient.Failure(description: "rebuild() needs a server started with rebuildsOnSave: false")
        }
        return await requests.rebuild()
    }

    /// Stops the server and, unless `removing` is false, removes its copy of the fixture.
    func stop(removing: Bool = true) async {
        task.cancel()
        _ = await task.result
        if removing { try? FileManager.default.removeItem(at: root) }
    }
}

/// Collects what the server prints, for assertions on rebuild lines and errors.
final class ConsoleLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    var console: ServeConsole {
        ServeConsole(info: { line in self.append(line) }, problem: { line in self.append(line) })
    }

    private func append(_ line: String) { lock.withLock { lines.append(line) } }

    var text: String { lock.withLock { lines.joined(separator: "\n") } }

    func count(of prefix: String) -> Int {
        lock.withLock { lines.filter { $0.hasPrefix(prefix) }.count }
    }
}

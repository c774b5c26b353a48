import ArgumentParser
import Foundation

/// `folio pull`: hands its arguments to `folio-pull`, the separately built program that holds the
/// PostgreSQL client (see the manual's "Database sources", docs/content/en/data/database-sources.md: it is optional so `make site` never builds it).
struct PullCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull",
        abstract:
            "Run the source queries on their databases and write their snapshots (needs folio-pull: make folio-pull).",
        discussion: "Options: --source NAME (one source's queries), --site DIR (project folder); then query names.")

    @Argument(parsing: .captureForPassthrough, help: "Arguments for folio-pull: [--source NAME] [--site DIR] [QUERY…]")
    var arguments: [String] = []

    func run() throws {
        throw ExitCode(try Self.runPull(arguments))
    }

    /// Runs `folio-pull` with `arguments`, its output going straight to the terminal; returns its exit code.
    static func runPull(_ arguments: [String]) throws -> Int32 {
        guard let program = locate() else {
            FileHandle.standardError.write(
                Data(
                    ("folio: error: `folio pull` needs folio-pull, Folio's PostgreSQL part, which is built on its own\n"
                        + "  help: build it with `make folio-pull` (or `swift build -c release --product folio-pull`) "
                        + "and keep it beside folio or on PATH\n").utf8))
            return 1
        }
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// `folio-pull` beside this executable, else on PATH.
    static func locate() -> URL? {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let own = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(own.deletingLastPathComponent().appendingPathComponent("folio-pull"))
        }
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            candidates.append(URL(fileURLWithPath: String(folder)).appendingPathComponent("folio-pull"))
        }
        return candidates.first { fileManager.isExecutableFile(atPath: $0.path) }
    }
}

import ArgumentParser
import FolioDiagnostics
import FolioSources
import Foundation

/// `folio-pull`: the database part of Folio (PostgreSQL, ClickHouse), a program of its own so `folio` never
/// links the database clients; `folio pull …` and `folio build --pull` run it.
@main
struct FolioPull: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio pull",
        abstract:
            "Run the source queries (first line `-- source: NAME`) on their databases and write their snapshots under content/data/snapshots/."
    )

    @Option(name: .long, help: "Pull only the queries of this source (a name in content/sources.yml).")
    var source: String?

    @Option(name: .long, help: "Project folder holding content/.")
    var site: String = "."

    @Argument(help: "Queries to pull (names under content/queries); all source queries when none are given.")
    var queries: [String] = []

    func run() async throws {
        let puller = SnapshotPuller(root: URL(fileURLWithPath: site))
        do {
            for pulled in try await puller.pull(source: source, queries: queries) {
                print("Pulled \(pulled.query) from \(pulled.source): \(pulled.rows) rows into \(pulled.path)")
            }
        } catch {
            let diagnostics = DiagnosticList(flattening: error, at: SourceLocation(path: "folio pull")).diagnostics
            var text = diagnostics.map(\.description).joined(separator: "\n")
            let errors = diagnostics.filter { $0.severity == .error }.count
            text += "\nPull failed: \(errors) error\(errors == 1 ? "" : "s"); every snapshot was left as it was.\n"
            FileHandle.standardError.write(Data(text.utf8))
            throw ExitCode(1)
        }
    }
}

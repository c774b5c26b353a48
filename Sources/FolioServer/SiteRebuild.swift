import FolioDiagnostics
import FolioSite
import Foundation

/// One build of the site for the preview: runs `SiteBuilder`, records the outcome for the pages
/// and the reload stream, and reports it on the console.
///
/// A failed build leaves `site/` as it was (the builder swaps it in only on success), so the server
/// keeps serving the last good pages, with the errors laid over them.
struct SiteRebuild: Sendable {
    let options: ServeOptions
    let state: PreviewState
    let console: ServeConsole

    /// Builds, records and reports; returns whether the build succeeded.
    @discardableResult
    func run() async -> Bool {
        let build = BuildOptions(
            sourceRoot: options.sourceRoot, output: options.output, includeDrafts: options.includeDrafts)
        let start = ContinuousClock.now
        do {
            let report = try await SiteBuilder(options: build).build()
            state.finish(failure: nil)
            console.info("Built \(report.pages) pages in \(Self.milliseconds(since: start)) ms")
            return true
        } catch {
            let text = Self.describe(error)
            state.finish(failure: text)
            console.problem(text)
            console.problem(
                "Build failed after \(Self.milliseconds(since: start)) ms; still serving the last good site.")
            return false
        }
    }

    /// The errors as the terminal shows them: `path:line:column: error: message`, one per line.
    static func describe(_ error: any Error) -> String {
        switch error {
        case let list as DiagnosticList: list.description
        case let diagnostic as Diagnostic: diagnostic.description
        default: "error: \(error)"
        }
    }

    static func milliseconds(since start: ContinuousClock.Instant) -> Int {
        let elapsed = ContinuousClock.now - start
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }
}

import FolioDiagnostics
import FolioSite
import Foundation

/// One build of the site for the preview: runs the session's next incremental build, records the
/// outcome for the pages and the reload stream, and reports it on the console.
///
/// A failed build leaves `site/` as it was (nothing is written unless the whole site rendered), so
/// the server keeps serving the last good pages, with the errors laid over them.
struct SiteRebuild: Sendable {
    let options: ServeOptions
    let state: PreviewState
    let console: ServeConsole
    /// Keeps each build's results for the next, so a save renders and writes only what it changed.
    let session: BuildSession

    init(options: ServeOptions, state: PreviewState, console: ServeConsole) {
        self.options = options
        self.state = state
        self.console = console
        session = BuildSession(
            options: BuildOptions(
                sourceRoot: options.sourceRoot, output: options.output, includeDrafts: options.includeDrafts,
                compiledTemplates: options.compiledTemplates, reuse: options.reuse),
            defersSiteWideOutputs: options.defersSiteWideOutputs)
    }

    /// Builds, records and reports; returns whether the build succeeded. `changed` names the files
    /// (relative to the site's folder) changed since the last run, when the watcher knows them; nil
    /// makes the build compare every file.
    @discardableResult
    func run(changed: Set<String>? = nil) async -> Bool {
        let start = ContinuousClock.now
        do {
            let report = try await session.build(changed: changed)
            // A save that changes no output file (the same bytes saved again, a touch, an editor's truncating
            // write followed by the rest) reloads nothing; after a failed build the pages must still reload
            // to drop the error overlay.
            state.deferredFiles = Set(report.deferredFiles)
            let last = state.current
            // An output left stale may show the change: a page showing it must reload.
            if report.filesWritten == 0, report.outputsDeferred == 0, last.generation > 0, last.failure == nil {
                console.info("No change to the site (checked in \(Self.milliseconds(since: start)) ms)")
                return true
            }
            state.finish(failure: nil)
            let work = report.work
            console.info(
                "Built \(report.pages) pages in \(Self.milliseconds(since: start)) ms"
                    + " (rendered \(work.pagesRendered), reused \(work.pagesReused), wrote \(report.filesWritten) files"
                    + (report.deferredFiles.isEmpty ? ")" : ", \(report.deferredFiles.count) made when asked)")
            )
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

    /// Makes the stale outputs that write `file` (all of them when nil), before a request for it
    /// is answered or the server stops, and reports it on the console. A failure is printed; the
    /// file on disk is then the last one made (the next build writes the folder whole).
    func makeDeferred(file: String?) async {
        let start = ContinuousClock.now
        do {
            let made = try await session.makeDeferred(file: file)
            state.deferredFiles = Set(await session.deferredFiles)
            guard !made.isEmpty else { return }
            console.info("Made \(made.joined(separator: ", ")) in \(Self.milliseconds(since: start)) ms")
        } catch {
            console.problem(Self.describe(error))
        }
    }

    /// The errors as the terminal shows them: `path:line:column: error: message`, one per line.
    static func describe(_ error: any Error) -> String {
        DiagnosticList(flattening: error, at: SourceLocation(path: "folio")).description
    }

    static func milliseconds(since start: ContinuousClock.Instant) -> Int {
        let elapsed = ContinuousClock.now - start
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }
}

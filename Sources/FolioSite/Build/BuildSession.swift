import FolioDiagnostics
import Foundation

/// Successive builds of one site that reuse each other's work: what `folio serve` runs on every
/// save.
///
/// Each build renders again only what its changed inputs reach (see `BuildCache`) and writes only
/// the files whose bytes changed, so saving one page of a thousand-page site rebuilds in
/// milliseconds. The first build, and any build after the output folder could not be updated in
/// place, writes the whole site the way `folio build` does. Builds of one session must not
/// overlap; the preview server runs them one after another.
///
/// When the caller knows which files changed (the watcher's file events), a build reads only
/// those, and an edit of page text, titles, descriptions or weights (`PageTextEdit`, the common
/// save) or of data values (`DataFileEdit`) is applied to the last build without looking at the
/// rest of the site, so it costs what the edit reaches at any size.
public actor BuildSession {
    public let options: BuildOptions
    private var cache = BuildCache()
    /// The output folder's files as this session last wrote them; nil before the first write.
    private var written: [String: [UInt8]]?
    /// The last successful build, for page text edits; nil before one, and after a build that
    /// did not keep one.
    private var settled: SettledBuild?
    /// The files reported changed since the last successful build (a failed build's changes are
    /// still to be built); nil when some change was not reported by path.
    private var unbuilt: Set<String>? = []

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds, reusing the previous build's results, and brings the output folder up to date.
    /// A failed build writes nothing and keeps the cache of the last good one.
    ///
    /// `changed` names the files (relative to the source folder: `content/sv/kanaler.md`) added,
    /// removed or changed since the previous call, when the caller knows them: the build then
    /// trusts every other file to be as it was. Nil compares every file.
    @discardableResult
    public func build(changed: Set<String>? = nil) async throws -> BuildReport {
        let start = ContinuousClock.now
        let hints = unbuilt.flatMap { unbuilt in changed.map { unbuilt.union($0) } }
        unbuilt = hints
        if let hints, let report = try applyTextEdit(hints, since: start) {
            unbuilt = []
            return report
        }
        let output = IncrementalOutput(writer: OutputWriter(output: options.output), previous: written)
        settled = nil
        let (site, next, kept) = try await SiteBuilder(options: options)
            .rebuildKeepingInputs(reusing: cache, changed: hints, into: output)
        cache = next
        written = nil
        let (filesWritten, contents) = try output.commit()
        written = contents
        unbuilt = []
        let pages = site.files.filter { $0.path.hasSuffix("index.html") }.count
        if options.reuse {
            settled = SettledBuild(inputs: kept.inputs, rendering: kept.rendering, pages: site.pages, pageCount: pages)
        }
        return BuildReport(
            pages: pages, files: site.files.count, seconds: Self.seconds(since: start), work: site.work,
            filesWritten: filesWritten)
    }

    /// The report of applying `changed` as an edit of page text (`PageTextEdit`) or of data values
    /// (`DataFileEdit`) to the last build, or nil when it is neither. A page that fails to render is thrown as a failed build, and the last build is
    /// kept as it was; when anything else fails (writing), the session forgets what it kept, so
    /// the full rebuild that follows starts over.
    private func applyTextEdit(_ changed: Set<String>, since start: ContinuousClock.Instant) throws -> BuildReport? {
        guard options.reuse, let kept = settled, let previous = written else { return nil }
        let apply: (inout SettledBuild, inout BuildCache) throws -> SettledBuild.Changes
        if let edit = PageTextEdit(changed: changed, options: options, last: kept, cache: cache) {
            apply = { try $0.apply(edit, cache: &$1) }
        } else if let edit = DataFileEdit(changed: changed, options: options, last: kept, cache: cache) {
            apply = { try $0.apply(edit, cache: &$1) }
        } else {
            return nil
        }
        // Let go of the session's references, so the updates below change one copy in place
        // instead of copying the site's tables.
        settled = nil
        written = nil
        var last = consume kept
        var files = consume previous
        let changes: SettledBuild.Changes
        do {
            changes = try apply(&last, &cache)
        } catch let problems as DiagnosticList {
            settled = last
            written = files
            throw problems
        } catch {
            cache = BuildCache()
            return nil
        }
        do {
            var touched: [String: [UInt8]] = [:]
            for path in changes.files.map(\.path) + changes.removed { touched[path] = files[path] }
            let count = try OutputWriter(output: options.output).update(changes.files, previous: touched)
            for path in changes.removed { files[path] = nil }
            for file in changes.files { files[file.path] = file.contents }
            written = files
            settled = last
            return BuildReport(
                pages: last.pageCount, files: files.count, seconds: Self.seconds(since: start), work: changes.work,
                filesWritten: count, appliedToLastBuild: true)
        } catch {
            cache = BuildCache()
            return nil
        }
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

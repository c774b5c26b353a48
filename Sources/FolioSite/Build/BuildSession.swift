import FolioDiagnostics
import Foundation

/// Successive builds of one site that reuse each other's work: what `folio serve` runs on every
/// save.
///
/// Every build takes the one build path (`SiteBuild`) with the last build's cache: the saved files
/// become changed input keys, and only the outputs that recorded one of those keys render again;
/// only the files whose bytes changed are written. The first build, and any build after the output
/// folder could not be updated in place, writes the whole site the way `folio build` does. Builds
/// and `makeDeferred` calls take turns: the actor lets each finish before the next begins.
///
/// With `defersSiteWideOutputs` (`folio serve`), a save that reaches a print edition or search page
/// leaves it stale (`SiteAssembly.Deferral`): `deferredFiles` names their files, `makeDeferred`
/// makes them when they are asked for.
public actor BuildSession {
    public let options: BuildOptions
    public let defersSiteWideOutputs: Bool
    private var cache = BuildCache()
    /// Whether a build or `makeDeferred` is running; the others wait in `waiting`, in order.
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []
    /// The output folder's files as this session last wrote them (digests); nil before the first write.
    private var written: [String: FileDigest]?
    /// The files reported changed since the last successful build (a failed build's changes are
    /// still to be built); nil when some change was not reported by path.
    private var unbuilt: Set<String>? = []

    public init(options: BuildOptions, defersSiteWideOutputs: Bool = false) {
        self.options = options
        self.defersSiteWideOutputs = defersSiteWideOutputs
    }

    /// The files of the outputs the builds left stale (relative to the output folder), sorted.
    public var deferredFiles: [String] { cache.deferred.values.sorted() }

    /// Builds, reusing the previous build's results, and brings the output folder up to date.
    /// A failed build writes nothing and keeps the cache of the last good one.
    ///
    /// `changed` names the files (relative to the source folder: `content/sv/kanaler.md`) added,
    /// removed or changed since the previous call, when the caller knows them: the build then
    /// trusts every other file to be as it was. Nil compares every file.
    @discardableResult
    public func build(changed: Set<String>? = nil) async throws -> BuildReport {
        await takeTurn()
        defer { endTurn() }
        let staleBefore = Set(cache.deferred.keys)
        var report = try await buildInTurn(changed: changed)
        report.outputsDeferred = cache.deferred.keys.filter { !staleBefore.contains($0) }.count
        report.deferredFiles = deferredFiles
        return report
    }

    /// Makes the stale outputs that write `file` (every stale output when nil) and writes their
    /// files; returns the files that were stale and are made now (written only when their bytes
    /// changed). When the folder cannot be updated in place, the next build writes it whole.
    @discardableResult
    public func makeDeferred(file: String? = nil) async throws -> [String] {
        await takeTurn()
        defer { endTurn() }
        let ids = cache.deferred.filter { file == nil || $0.value == file }
        guard !ids.isEmpty, let folder = written.take() else { return [] }
        let output = try IncrementalOutput(writer: OutputWriter(output: options.output), folder: folder)
        do {
            try SiteBuilder(options: options).makeDeferred(Set(ids.keys), cache: &cache, into: output)
            (_, written) = try output.commit(removing: [], complete: false)
        } catch {
            // What the folder holds is not known for sure: the next build is cold and writes it whole.
            _ = output.discard()
            cache = BuildCache()
            throw error
        }
        return ids.values.sorted()
    }

    /// Waits until no build or `makeDeferred` runs, then runs (`busy`).
    private func takeTurn() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the turn to the first waiting call, or frees it.
    private func endTurn() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }

    private func buildInTurn(changed: Set<String>?) async throws -> BuildReport {
        let start = ContinuousClock.now
        let hints = unbuilt.flatMap { unbuilt in changed.map { unbuilt.union($0) } }
        unbuilt = hints
        // The digests move into the output, which updates them in place (`IncrementalOutput`).
        let wroteBefore = written != nil
        let output = try IncrementalOutput(writer: OutputWriter(output: options.output), folder: written.take())
        // The build moves what it keeps out of the last cache: the session holds no second reference.
        var previous = cache
        cache = BuildCache()
        let outcome: SiteBuild.Outcome
        let applied: Bool
        do {
            let (built, update) = try await SiteBuilder(options: options)
                .rebuild(reusing: &previous, changed: hints, defers: defersSiteWideOutputs, into: output)
            (outcome, applied) = (built, update.candidates != nil)
        } catch {
            written = output.discard()
            cache = previous
            throw error
        }
        let filesWritten: Int
        do {
            (filesWritten, written) = try output.commit(removing: outcome.removed, complete: !outcome.files.isEmpty)
        } catch  where wroteBefore {
            // The folder cannot be updated in place (removed, or not Folio's): build it whole.
            unbuilt = nil
            return try await buildInTurn(changed: nil)
        }
        cache = outcome.cache
        unbuilt = []
        return BuildReport(
            pages: outcome.pageCount, files: written?.count ?? 0, seconds: Self.seconds(since: start),
            work: outcome.work, filesWritten: filesWritten, appliedToLastBuild: applied)
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

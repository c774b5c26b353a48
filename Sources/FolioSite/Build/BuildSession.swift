import FolioDiagnostics
import Foundation

/// Successive builds of one site that reuse each other's work: what `folio serve` runs on every
/// save.
///
/// Every build takes the one build path (`SiteBuild`) with the last build's cache: the saved files
/// become changed input keys, and only the outputs that recorded one of those keys render again;
/// only the files whose bytes changed are written. The first build, and any build after the output
/// folder could not be updated in place, writes the whole site the way `folio build` does. Builds
/// of one session must not overlap; the preview server runs them one after another.
public actor BuildSession {
    public let options: BuildOptions
    private var cache = BuildCache()
    /// The output folder's files as this session last wrote them (digests); nil before the first write.
    private var written: [String: FileDigest]?
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
                .rebuild(reusing: &previous, changed: hints, into: output)
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
            return try await build(changed: nil)
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

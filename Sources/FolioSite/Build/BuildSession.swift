import Foundation

/// Successive builds of one site that reuse each other's work: what `folio serve` runs on every
/// save.
///
/// Each build renders again only what its changed inputs reach (see `BuildCache`) and writes only
/// the files whose bytes changed, so saving one page of a thousand-page site rebuilds in
/// milliseconds. The first build, and any build after the output folder could not be updated in
/// place, writes the whole site the way `folio build` does. Builds of one session must not
/// overlap; the preview server runs them one after another.
public actor BuildSession {
    public let options: BuildOptions
    private var cache = BuildCache()
    /// The output folder's files as this session last wrote them; nil before the first write.
    private var written: [String: [UInt8]]?

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds, reusing the previous build's results, and brings the output folder up to date.
    /// A failed build writes nothing and keeps the cache of the last good one.
    @discardableResult
    public func build() async throws -> BuildReport {
        let start = ContinuousClock.now
        let output = IncrementalOutput(writer: OutputWriter(output: options.output), previous: written)
        let (site, next) = try await SiteBuilder(options: options).rebuild(reusing: cache, into: output)
        cache = next
        written = nil
        let (filesWritten, contents) = try output.commit()
        written = contents
        let elapsed = ContinuousClock.now - start
        return BuildReport(
            pages: site.files.filter { $0.path.hasSuffix("index.html") }.count, files: site.files.count,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            work: site.work, filesWritten: filesWritten)
    }
}

import Foundation

/// What `folio build` was asked to do.
public struct BuildOptions: Sendable {
    /// The project folder holding `content/` and `templates/`.
    public var sourceRoot: URL
    public var output: URL
    public var includeDrafts: Bool
    /// Replaces `baseURL` from site.yml (`--base-url`).
    public var baseURL: String?
    /// False renders every page with swift-mustache instead of compiled templates; the output is
    /// the same either way, so turning it off bisects a rendering bug (`FOLIO_COMPILED_TEMPLATES=0`).
    public var compiledTemplates: Bool
    /// Whether a rebuild may reuse the previous build's results. Off (`FOLIO_REUSE=0` for
    /// `folio serve`), every rebuild parses and renders everything, so a rendering bug can be
    /// bisected between warm and cold builds; the output is the same either way.
    public var reuse: Bool
    /// Whether a CSV file is kept as its bytes, streamed into SQLite for queries and read into a table
    /// only when a page or a metric reads it (`DataFile`). Off, every data file is read into a table at
    /// load, as before issue 32; the output and the errors are the same either way (the tests compare).
    public var streamsData: Bool

    public init(
        sourceRoot: URL, output: URL, includeDrafts: Bool = false, baseURL: String? = nil,
        compiledTemplates: Bool = true, reuse: Bool = true, streamsData: Bool = true
    ) {
        self.sourceRoot = sourceRoot
        self.output = output
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.compiledTemplates = compiledTemplates
        self.reuse = reuse
        self.streamsData = streamsData
    }
}

/// What a finished build did, for the console.
public struct BuildReport: Sendable {
    public var pages: Int
    public var files: Int
    public var seconds: Double
    /// What was rendered again and what was reused (all rendered in a cold build).
    public var work = BuildWork()
    /// Files whose bytes changed and were written (all of them in a cold build).
    public var filesWritten = 0
    /// The build read only the files the watcher named (page files put in place, or data loaded
    /// again), not the whole site: what the tests of each kind of edit check.
    public var appliedToLastBuild = false
    /// Print editions and search pages this build left stale that were not stale before (a
    /// session that defers them, `BuildSession`): pages showing them must reload too.
    public var outputsDeferred = 0
    /// The files of every output left stale after this build, for the server to make when asked.
    public var deferredFiles: [String] = []
}

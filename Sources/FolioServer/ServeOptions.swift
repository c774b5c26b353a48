import Foundation

/// What `folio serve` was asked to do: where to listen, what to build and how closely to watch.
public struct ServeOptions: Sendable {
    /// The project folder holding `content/` and `templates/`.
    public var sourceRoot: URL
    /// The built site, served as it is on disk.
    public var output: URL
    /// Host to bind; loopback unless the author asks otherwise.
    public var host: String
    /// Port to bind; 0 lets the system pick a free one.
    public var port: Int
    public var includeDrafts: Bool
    /// Prints one line per request.
    public var verbose: Bool
    /// How often the watcher looks at the source tree where inotify is unavailable. 250 ms feels
    /// instant after a save and costs a few hundred `stat` calls a second on the bundled playbook.
    public var pollInterval: Duration
    /// How long the tree must stay unchanged before a rebuild starts, so a burst of saves
    /// (an editor writing a backup, then the file, within a few milliseconds) gives one rebuild.
    public var quietPeriod: Duration
    /// Passed to each build (`BuildOptions.compiledTemplates`).
    public var compiledTemplates: Bool
    /// Whether a rebuild reuses the previous build's results (`BuildOptions.reuse`); off, every
    /// save renders the whole site, to tell a reuse bug from a rendering bug.
    public var reuse: Bool
    /// Whether a save leaves the print editions and search pages it reaches stale, to be made when
    /// a request needs one or the server stops (`BuildSession.defersSiteWideOutputs`); off, every
    /// save makes them, as `folio build` does (the tests that compare the folder after each save).
    public var defersSiteWideOutputs: Bool
    /// How often open live-reload streams get a comment: 15 s, as the HTML standard's notes on
    /// server-sent events suggest for proxies; a write that fails also ends a stream whose close went unseen.
    public var heartbeatInterval: Duration

    public init(
        sourceRoot: URL, output: URL, host: String = "127.0.0.1", port: Int = 8080, includeDrafts: Bool = false,
        verbose: Bool = false, pollInterval: Duration = .milliseconds(250), quietPeriod: Duration = .milliseconds(10),
        heartbeatInterval: Duration = .seconds(15), compiledTemplates: Bool = true, reuse: Bool = true,
        defersSiteWideOutputs: Bool = true
    ) {
        self.sourceRoot = sourceRoot
        self.output = output
        self.host = host
        self.port = port
        self.includeDrafts = includeDrafts
        self.verbose = verbose
        self.pollInterval = pollInterval
        self.quietPeriod = quietPeriod
        self.compiledTemplates = compiledTemplates
        self.reuse = reuse
        self.defersSiteWideOutputs = defersSiteWideOutputs
        self.heartbeatInterval = heartbeatInterval
    }

    /// Whether `host` only accepts connections from this machine.
    var isLoopback: Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased()) || host.hasPrefix("127.")
    }
}

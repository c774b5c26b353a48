import FolioDiagnostics
import FolioSite
import Foundation
import Hummingbird
import Logging
import NIOCore

/// `folio serve`: builds the site, serves the output folder, rebuilds when the sources change and
/// tells open pages to reload.
///
/// The server reads the built files as they are on disk; serve mode's live-reload script and error
/// overlay are added to HTML as it is sent (`SiteFiles`), so `site/` is the same as after `folio build`
/// once the print editions and search pages a save left stale are made: when a request needs one
/// (`DeferredOutputMiddleware`), and when the server stops.
public struct PreviewServer: Sendable {
    public var options: ServeOptions
    public var console: ServeConsole
    /// The latest build and the open live-reload streams; tests read its subscriber count.
    let state = PreviewState()
    /// Set by tests: rebuild only when asked, never on save (see `RebuildRequests`).
    var requests: RebuildRequests?

    public init(options: ServeOptions, console: ServeConsole = .terminal) {
        self.options = options
        self.console = console
    }

    /// Builds, then serves until Ctrl-C or SIGTERM (with `handlesSignals`) or until the task is cancelled.
    ///
    /// `onReady` receives the port actually bound, which is how `--port 0` and tests learn it.
    /// A failing first build does not stop the server: its errors are shown until a save fixes them.
    /// An output folder inside the sources does, before anything is built (`OutputPlacement`).
    public func run(handlesSignals: Bool = true, onReady: @escaping @Sendable (Int) async -> Void = { _ in })
        async throws
    {
        try OutputPlacement.check(output: options.output, sourceRoot: options.sourceRoot)
        if !options.isLoopback {
            console.problem(
                "warning: listening on \(options.host): anyone who can reach this machine on the network can read the site"
            )
        }
        let state = self.state
        let rebuild = SiteRebuild(options: options, state: state, console: console)
        // Taken before the first build, so that a save made while it runs is built after it.
        let folders = SourceWatcher.folders(of: options)
        let before = requests == nil ? Timed { SourceSnapshot(folders: folders) } : nil
        await rebuild.run()

        let files = SiteFiles(root: options.output, state: state)
        let router = Router()
        if options.verbose { router.add(middleware: RequestLogMiddleware(console: console)) }
        router.add(middleware: RequestGuardMiddleware())
        router.add(middleware: DeferredOutputMiddleware(state: state, rebuild: rebuild))
        router.add(middleware: NotFoundPageMiddleware(files: files, state: state))
        router.add(
            middleware: FileMiddleware(
                fileProvider: files, cacheControl: CacheControl([(MediaType(type: .any), [.noCache])]),
                searchForIndexHtml: true
            ).withAdditionalMediaTypes(forFileExtensions: Self.textTypes))
        let events = ReloadEvents(state: state, log: options.verbose ? console.info : nil)
        router.get(RouterPath(PageInjection.eventsPath)) { request, _ in events.response(to: request) }

        var logger = Logger(label: "folio.serve")
        logger.logLevel = .critical
        let options = self.options
        let console = self.console
        var app = Application(
            router: router,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                console.info(Self.welcome(options: options, port: port))
                await onReady(port)
            },
            logger: logger)
        if let requests {
            app.addServices(requests.service(rebuild))
        } else {
            app.addServices(SourceWatcher(options: options, rebuild: rebuild, before: before))
        }
        app.addServices(ReloadHeartbeat(state: state, interval: options.heartbeatInterval))
        do {
            if handlesSignals {
                try await app.runService()
            } else {
                try await app.run()
            }
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw Diagnostic.portInUse(host: options.host, port: options.port)
        } catch let error as IOError {
            throw Diagnostic.cannotListen(
                host: options.host, port: options.port, reason: String(cString: strerror(error.errnoCode)))
        } catch let error as SocketAddressError {
            throw Diagnostic.cannotListen(host: options.host, port: options.port, reason: "\(error)")
        }
        state.closeAll()
        // The outputs still stale are made, so the folder ends as `folio build` writes it.
        await rebuild.makeDeferred(file: nil)
    }

    /// Text types carry their encoding, so browsers never guess (Folio writes UTF-8 only).
    static let textTypes: [String: MediaType] = [
        "html": MediaType(type: .text, subType: "html", parameter: ("charset", "utf-8")),
        "htm": MediaType(type: .text, subType: "html", parameter: ("charset", "utf-8")),
        "css": MediaType(type: .text, subType: "css", parameter: ("charset", "utf-8")),
        "js": MediaType(type: .text, subType: "javascript", parameter: ("charset", "utf-8")),
        "txt": MediaType(type: .text, subType: "plain", parameter: ("charset", "utf-8")),
        "csv": MediaType(type: .text, subType: "csv", parameter: ("charset", "utf-8")),
        "xml": MediaType(type: .application, subType: "xml", parameter: ("charset", "utf-8")),
        "svg": MediaType(type: .image, subType: "svg+xml", parameter: ("charset", "utf-8")),
        "json": MediaType(type: .application, subType: "json", parameter: ("charset", "utf-8")),
    ]

    /// The lines printed once the server listens: the site's address and each language's home.
    static func welcome(options: ServeOptions, port: Int) -> String {
        let host = options.host.contains(":") && !options.host.hasPrefix("[") ? "[\(options.host)]" : options.host
        let base = "http://\(host):\(port)/"
        var lines = ["Serving \(options.output.lastPathComponent)/ at \(base)"]
        for language in languages(in: options.output) {
            lines.append("  \(language): \(base)\(language)/")
        }
        lines.append("Watching content/ and templates/ for changes. Press Ctrl-C to stop.")
        return lines.joined(separator: "\n")
    }

    /// Language folders of the built site: those with both a home page and a 404 page.
    static func languages(in output: URL) -> [String] {
        let manager = FileManager.default
        let entries = (try? manager.contentsOfDirectory(atPath: output.path)) ?? []
        return entries.filter { name in
            !name.hasPrefix(".")
                && manager.fileExists(atPath: output.appendingPathComponent("\(name)/index.html").path)
                && manager.fileExists(atPath: output.appendingPathComponent("\(name)/404.html").path)
        }.sorted()
    }
}

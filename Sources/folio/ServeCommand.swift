import ArgumentParser
import FolioDiagnostics
import FolioServer
import Foundation

/// `folio serve`: previews the site while the author writes; rebuilds on save and reloads the browser.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it locally, and rebuild and reload the browser when the sources change."
    )

    @Option(name: .long, help: "Port to listen on; 0 picks a free one.")
    var port: Int = 8080

    @Option(
        name: .long,
        help: "Host to listen on. Anything but 127.0.0.1 or localhost makes the site reachable from the network.")
    var host: String = "127.0.0.1"

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: "Print a line for every request.")
    var verbose = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let options = ServeOptions(
            sourceRoot: site.sourceURL, output: site.outputURL, host: host, port: port,
            includeDrafts: site.drafts, verbose: verbose, compiledTemplates: BuildSwitches.compiledTemplates,
            reuse: Self.reuse(environment: ProcessInfo.processInfo.environment))
        do {
            try await PreviewServer(options: options).run()
        } catch {
            let problems = DiagnosticList(flattening: error, at: SourceLocation(path: "folio serve"))
            FileHandle.standardError.write(Data((problems.description + "\n").utf8))
            throw ExitCode(1)
        }
        print("Stopped.")
    }

    /// `FOLIO_REUSE=0` turns off reuse between rebuilds, so every save renders the whole site: a
    /// page that differs between a warm and a cold build then points at reuse, not at rendering.
    static func reuse(environment: [String: String]) -> Bool {
        environment["FOLIO_REUSE"] != "0"
    }
}

import ArgumentParser
import FolioDiagnostics
import FolioPrint
import FolioSite
import Foundation
import Synchronization

/// `folio build`: turns `content/` and `templates/` into a static site.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder (replaced only when the build succeeds)."
    )

    @OptionGroup var site: SiteOptions

    /// Every build swaps in a complete new output folder, so nothing the build did not write
    /// survives; the flag exists so scripts written for other generators keep working.
    @Flag(
        name: .long,
        help:
            "Remove everything in the output folder the build did not write (always done: each build replaces the folder)."
    )
    var clean = false

    @Option(
        name: .customLong("base-url"),
        help: "Absolute URL the site is published at; overrides baseURL in content/site.yml.")
    var baseURL: String?

    @Flag(name: .long, help: "Also print each language's print edition to a PDF with headless Chromium (folio pdf).")
    var pdf = false

    @Flag(name: .long, help: "Pull every source query's snapshot first (folio pull); a failed pull builds nothing.")
    var pull = false

    /// The finished build's model, left for the process exit to reclaim (see `buildKeepingSite`).
    static let keptUntilExit = Mutex<RenderedSite?>(nil)

    func run() async throws {
        if pull {
            let status = try PullCommand.runPull(["--site", site.source])
            if status != 0 { throw ExitCode(status) }
        }
        try await Self.buildAndPrint(site: site, baseURL: baseURL, pdf: pdf)
    }

    /// Builds the site and, with `pdf`, prints its print editions, or the chosen `pages` when there
    /// are any; the browser is looked for first, so a missing one stops everything before the
    /// output folder is touched.
    static func buildAndPrint(site: SiteOptions, baseURL: String?, pdf: Bool, pages: PageSelection? = nil)
        async throws
    {
        let options = BuildOptions(
            sourceRoot: site.sourceURL, output: site.outputURL,
            includeDrafts: site.drafts, baseURL: baseURL, compiledTemplates: BuildSwitches.compiledTemplates,
            streamsData: BuildSwitches.streamsData)
        do {
            let printer = try pdf ? PDFPrinter(chromium: Chromium.locate()) : nil
            let (report, rendered) = try await SiteBuilder(options: options).buildKeepingSite()
            // Not freed: the process ends in a moment, and the system takes its memory back whole.
            BuildCommand.keptUntilExit.withLock { $0 = rendered }
            print(
                "Built \(report.pages) pages (\(report.files) files) into \(site.output)/ in \(String(format: "%.2f", report.seconds)) s"
            )
            if let printer {
                do {
                    let lines =
                        if let pages, !pages.isEmpty {
                            try await printer.printPages(pages.prints(in: rendered), output: site.outputURL)
                        } else {
                            try await printer.printAll(rendered, output: site.outputURL)
                        }
                    for line in lines { print(line) }
                } catch {
                    throw ExitCode(
                        Console.report(
                            error, command: "PDF", outcome: "the site was built, but not every PDF was written."))
                }
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw ExitCode(Console.report(error))
        }
    }
}

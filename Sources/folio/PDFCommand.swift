import ArgumentParser
import FolioPrint
import FolioSite
import Foundation

/// `folio pdf`: builds the site, then prints each language's print edition to a PDF with
/// headless Chromium (the same as `folio build --pdf`), or, given pages or `--each` folders, each
/// of those pages to its own PDF beside it (`PageSelection`).
struct PDFCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract:
            "Build the site, then print each language's print edition to <output>/<lang>/<title>.pdf, or the pages named to a PDF each (needs Chromium).",
        discussion: """
            Pages are named by their address in the site: `folio pdf sv/lag/goteborg/` writes \
            <output>/sv/lag/goteborg/goteborg.pdf; `folio pdf --each sv/lag/` prints every page generated \
            from data in sv/lag/ (a team lead's own report), one PDF per page.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(
        name: .customLong("base-url"),
        help: "Absolute URL the site is published at; overrides baseURL in content/site.yml.")
    var baseURL: String?

    @Argument(
        help: ArgumentHelp(
            "Pages to print instead of the print editions, each to a PDF in its own folder (sv/lag/goteborg/).",
            valueName: "page"))
    var pages: [String] = []

    @Option(
        name: .customLong("each"),
        help: ArgumentHelp(
            "Print every page generated from data in this folder, one PDF per page (sv/lag/); repeatable.",
            valueName: "folder"))
    var each: [String] = []

    func run() async throws {
        let selection = try Console.reporting { try PageSelection(pages: pages, folders: each) }
        try await BuildCommand.buildAndPrint(site: site, baseURL: baseURL, pdf: true, pages: selection)
    }
}

import ArgumentParser
import FolioPrint
import FolioSite
import Foundation

/// `folio pdf`: builds the site, then prints each language's print edition to a PDF with
/// headless Chromium (the same as `folio build --pdf`).
struct PDFCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract:
            "Build the site, then print each language's print edition to <output>/<lang>/<title>.pdf (needs Chromium)."
    )

    @OptionGroup var site: SiteOptions

    @Option(
        name: .customLong("base-url"),
        help: "Absolute URL the site is published at; overrides baseURL in content/site.yml.")
    var baseURL: String?

    func run() async throws {
        try await BuildCommand.buildAndPrint(site: site, baseURL: baseURL, pdf: true)
    }
}

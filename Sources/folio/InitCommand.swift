import ArgumentParser
import FolioAuthoring
import FolioSite
import Foundation

/// `folio init`: writes a new, working site (content, sample data, a metric, a README) to start from.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site in an empty folder: pages, a chart on sample data, a metric and a README."
    )

    @Argument(help: "Folder to create the site in (created if missing; must be empty).")
    var folder: String

    @Option(name: .long, help: "Comma-separated language codes.")
    var languages: String = "sv,ro"

    @Option(name: .customLong("default"), help: "The default language (default: the first of --languages).")
    var defaultLanguage: String?

    @Option(name: .long, help: "The site's title, in every language (edit content/site.yml later).")
    var title: String?

    @Flag(name: .long, help: "Allow a folder that holds other files, if its content/ is missing or empty.")
    var force = false

    func run() throws {
        let codes = languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let scaffold = SiteScaffold(languages: codes, defaultLanguage: defaultLanguage, title: title)
        do {
            let written = try ScaffoldFolder(url: URL(fileURLWithPath: folder), force: force).write(scaffold.files())
            print("Created a Folio site in \(folder)/ (\(written.count) files). Next:")
            print("  cd \(folder)")
            print("  folio serve      # preview at http://127.0.0.1:8080/")
            print("  folio build      # write the site into site/")
            print("  folio check --strict")
        } catch {
            throw ExitCode(Console.report(error, command: "folio init", outcome: "nothing was written."))
        }
    }
}

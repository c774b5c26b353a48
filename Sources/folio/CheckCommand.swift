import ArgumentParser
import FolioSite
import Foundation

/// `folio check`: is the site fit to publish? Exit code 1 on any error.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Build in memory and report broken links and anchors, missing or stale translations, unused data and pages without a description."
    )

    @Option(name: .long, help: "Project folder holding content/ and templates/.")
    var source: String = "."

    @Option(name: .long, help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Flag(name: .long, help: "Treat missing and stale translations as errors.")
    var strict = false

    @Flag(name: .long, help: "Include pages whose front matter says draft: true.")
    var drafts = false

    func run() async throws {
        let root = URL(fileURLWithPath: source)
        let options = BuildOptions(
            sourceRoot: root, output: root.appendingPathComponent("site"), includeDrafts: drafts,
            compiledTemplates: BuildSwitches.compiledTemplates, streamsData: BuildSwitches.streamsData)
        let report = await SiteChecker(options: options, strict: strict).check()
        switch format {
        case .json:
            print(report.json(), terminator: "")
        case .text:
            for diagnostic in report.diagnostics { print(diagnostic) }
            if !report.overrides.isEmpty {
                print("\nTheme overrides (files in templates/ used instead of Folio's built-in ones):")
                for override in report.overrides {
                    print("  templates/\(override.path): \(override.summary)")
                }
            }
            if !report.translations.isEmpty {
                print("\nTranslations (record a translation's sourceRevision in its front matter):")
                print(report.matrixText(), terminator: "")
            }
            print(
                "\ncheck: \(report.errorCount) error\(report.errorCount == 1 ? "" : "s"), \(report.warningCount) warning\(report.warningCount == 1 ? "" : "s")"
            )
        }
        if report.errorCount > 0 { throw ExitCode(1) }
    }
}

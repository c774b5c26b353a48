import ArgumentParser
import FolioAuthoring
import FolioSite
import Foundation

/// `folio translations`: the translator's commands (docs/content/en/translating/_index.md).
struct TranslationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translations",
        abstract: "Show which translations are current, stale, untracked or missing, and accept them.",
        subcommands: [Status.self, Accept.self],
        defaultSubcommand: Status.self
    )

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the translation matrix: every page against every language.")

        @Option(name: .long, help: "Project folder holding content/ and templates/.")
        var source: String = "."

        @Option(name: .long, help: "Output format: text or json.")
        var format: ReportFormat = .text

        @Flag(name: .long, help: "Include pages whose front matter says draft: true.")
        var drafts = false

        func run() async throws {
            let status = try Console.reporting {
                try TranslationStatus.load(sourceRoot: URL(fileURLWithPath: source), includeDrafts: drafts)
            }
            print(format == .json ? status.json() : status.text(), terminator: "")
        }
    }

    struct Accept: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a translation matches its source as it is now (sets its sourceRevision).")

        @Argument(help: "The page's translationKey, or its path inside the language folder (kanaler, guide/steg).")
        var key: String

        @Option(name: .long, help: "Only this language's translation (default: every translation of the page).")
        var lang: String?

        @Option(name: .long, help: "Project folder holding content/ and templates/.")
        var source: String = "."

        @Flag(name: .long, help: "Include pages whose front matter says draft: true.")
        var drafts = false

        func run() async throws {
            let root = URL(fileURLWithPath: source)
            let written = try Console.reporting {
                try TranslationStatus.load(sourceRoot: root, includeDrafts: drafts)
                    .accept(key: key, language: lang, sourceRoot: root)
            }
            if written.isEmpty { print("translations: '\(key)' is already current") }
            for path in written { print("translations: \(path) now records the source's current revision") }
        }
    }
}

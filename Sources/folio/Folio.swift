import ArgumentParser

/// The `folio` command: subcommands only, each in its own file; all logic lives in FolioSite.
@main
struct Folio: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Build a bilingual report site from Markdown and metric data.",
        version: FolioVersion.current,
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, PDFCommand.self],
        defaultSubcommand: nil
    )
}

/// The released version, printed by `folio --version`.
enum FolioVersion {
    static let current = "0.1.0"
}

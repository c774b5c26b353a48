import ArgumentParser

/// The `folio` command: subcommands only, each in its own file; all logic lives in FolioSite.
@main
struct Folio: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Build a bilingual report site from Markdown and metric data.",
        version: FolioVersion.current,
        subcommands: [
            InitCommand.self, BuildCommand.self, ServeCommand.self, CheckCommand.self, PDFCommand.self,
            TranslationsCommand.self, EjectCommand.self, PullCommand.self,
        ],
        defaultSubcommand: nil
    )
}

/// The version and the commit it was built from, printed by `folio --version`: `0.2.0 (3bc8e47)`.
///
/// `make install` stamps the commit (scripts/stamp-version writes it, Package.swift compiles it in
/// when FOLIO_STAMPED=1); any other build says honestly that it does not know.
enum FolioVersion {
    static let number = "0.2.0"
    #if FOLIO_STAMPED
        static let commit = stampedCommit
    #else
        static let commit = "unknown commit"
    #endif
    static let current = "\(number) (\(commit))"
}

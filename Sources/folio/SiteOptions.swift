import ArgumentParser
import Foundation

/// The options every subcommand that builds shares: where the project is, where the site goes,
/// and whether drafts are included.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "Project folder holding content/ and templates/.")
    var source: String = "."

    @Option(name: .long, help: "Output folder.")
    var output: String = "site"

    @Flag(name: .long, help: "Include pages whose front matter says draft: true.")
    var drafts = false

    var sourceURL: URL { URL(fileURLWithPath: source) }
    var outputURL: URL { URL(fileURLWithPath: output) }
}

import ArgumentParser
import FolioAuthoring
import FolioSite
import Foundation

/// `folio eject`: copies built-in theme files into the site's `templates/` to be edited there.
struct EjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eject",
        abstract: "Copy built-in theme files into templates/ to override them (or print them).",
        discussion: "Built-in files: \(ThemeEject.paths.joined(separator: ", "))"
    )

    @Argument(help: "Files inside templates/, such as footer.mustache, strings/sv.yml or css/base.css.")
    var files: [String]

    @Option(name: .long, help: "Site folder holding content/.")
    var source: String = "."

    @Flag(name: .long, help: "Print the files to standard output instead of writing them.")
    var print = false

    @Flag(name: .long, help: "Replace copies already in templates/.")
    var force = false

    func run() throws {
        do {
            if print {
                for file in files { Swift.print(try ThemeEject.text(of: file), terminator: "") }
                return
            }
            for path in try ThemeEject.copy(files, into: URL(fileURLWithPath: source), force: force) {
                Swift.print("wrote \(path)")
            }
        } catch {
            throw ExitCode(Console.report(error, command: "folio eject", outcome: "nothing was written."))
        }
    }
}

import FolioDiagnostics
import FolioSite

/// What `folio pdf` prints when it is given pages (issue 29): the pages named on the command line
/// (`folio pdf sv/lag/goteborg/`) and, for each `--each FOLDER`, every page generated from data in
/// that folder (`folio pdf --each sv/lag/`: a team lead's own report), each to its own PDF. With
/// neither, `folio pdf` prints the print editions, as before.
///
/// Pages are named by their address in the built site, as readers see it: `sv/lag/goteborg/`,
/// `/sv/lag/goteborg`, and `sv/lag/goteborg/index.html` name one page. Resolved against the built
/// site, because generated pages exist only once their rows are read.
public struct PageSelection: Sendable, Hashable {
    public var pages: [String]
    public var folders: [String]

    /// The command line's pages and `--each` folders, checked as addresses: each names something
    /// inside the site (no `..`, not empty), or the whole list is refused before anything is built.
    public init(pages: [String] = [], folders: [String] = []) throws {
        var problems: [Diagnostic] = []
        for (argument, option) in pages.map({ ($0, "") }) + folders.map({ ($0, "--each ") }) {
            if argument.isEmpty || (!option.isEmpty && Self.segments(argument).isEmpty) {
                problems.append(
                    Diagnostic(
                        Self.commandLine, "\(option)'\(argument)' names no page",
                        hint:
                            "name a page by its address in the site (sv/lag/goteborg/), or a folder after --each (sv/lag/)"
                    ))
            } else if argument.split(separator: "/").contains("..") {
                problems.append(
                    Diagnostic(
                        Self.commandLine, "\(option)'\(argument)' leaves the site",
                        hint: "name a page by its address inside the output folder, without `..` (sv/lag/goteborg/)"))
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        self.pages = pages
        self.folders = folders
    }

    /// Whether nothing was chosen: `folio pdf` then prints the print editions.
    public var isEmpty: Bool { pages.isEmpty && folders.isEmpty }

    /// Where an argument points: `folio pdf` itself, since it names no file of the author's.
    static let commandLine = SourceLocation(path: "folio pdf")

    /// A site address as its folder's segments; `index.html`, empty segments and `.` are dropped.
    static func segments(_ argument: String) -> [String] {
        var parts = argument.split(separator: "/").map(String.init).filter { $0 != "." }
        if parts.last == "index.html" { parts.removeLast() }
        return parts
    }

    /// The PDF for each chosen page, in the order named (a folder's pages in listing order), each
    /// page once. Throws every argument that names nothing at once, each with a did-you-mean.
    public func prints(in site: RenderedSite) throws -> [PagePrint] {
        let pages = site.pages.map(\.page)
        let byPath = Dictionary(pages.map { ($0.outputPath, $0) }, uniquingKeysWith: { first, _ in first })
        var chosen: [Page] = []
        var problems: [Diagnostic] = []
        for argument in self.pages {
            if let page = byPath[Self.segments(argument)] {
                chosen.append(page)
            } else {
                problems.append(Self.unknownPage(argument, pages: pages))
            }
        }
        for argument in folders {
            let folder = Self.segments(argument)
            let generated = pages.filter { $0.row != nil && Array($0.outputPath.dropLast()) == folder }
            if generated.isEmpty {
                problems.append(Self.emptyFolder(argument, exists: byPath[folder] != nil, pages: pages))
            }
            chosen += generated.sorted { ($0.row?.position ?? 0) < ($1.row?.position ?? 0) }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        var seen: Set<[String]> = []
        return chosen.filter { seen.insert($0.outputPath).inserted }.map { PagePrint(page: $0, site: site) }
    }

    /// No page at `argument`: located at the template when its folder holds generated pages (a key
    /// that is not in the rows), else at the command line; the nearest addresses as the hint.
    static func unknownPage(_ argument: String, pages: [Page]) -> Diagnostic {
        let wanted = segments(argument)
        let siblings = pages.filter { Array($0.outputPath.dropLast()) == Array(wanted.dropLast()) }
        let template = siblings.first { $0.row != nil && $0.fallback == nil } ?? siblings.first { $0.row != nil }
        let addresses = pages.map(address)
        let near = EditDistance.nearest(to: address(wanted), in: addresses)
        let example = pages.first { $0.outputPath.count > 1 && $0.outputPath.first == wanted.first } ?? pages.first
        let hint =
            near.isEmpty
            ? "name a page by its address in the site, as in its URL: \(example.map(address) ?? "sv/")"
            : "did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?"
        guard let template else {
            return Diagnostic(commandLine, "no page '\(argument)' in the site", hint: hint)
        }
        // The template's first line, as GeneratedPages places errors about a template as a whole.
        return Diagnostic(
            SourceLocation(path: template.sourcePath, line: 1, column: 1),
            "no page '\(argument)' in the site: no row of \(template.row?.source ?? "the data") has that key",
            hint: hint)
    }

    /// `--each` on a folder with no pages generated from data, or on no folder at all.
    static func emptyFolder(_ argument: String, exists: Bool, pages: [Page]) -> Diagnostic {
        let folders = Set(pages.filter { $0.row != nil }.map { address(Array($0.outputPath.dropLast())) }).sorted()
        let near = EditDistance.nearest(to: address(segments(argument)), in: folders)
        let hint =
            !near.isEmpty
            ? "did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?"
            : folders.isEmpty
                ? "this site has no pages from data (a [column].md page with `rows:`); name pages to print instead"
                : "folders with pages from data: " + folders.joined(separator: ", ")
        let message =
            exists
            ? "--each \(argument): the folder holds no pages generated from data"
            : "--each \(argument): no folder '\(argument)' in the site"
        return Diagnostic(commandLine, message, hint: hint)
    }

    /// `sv/lag/goteborg/`: a folder as readers write its address.
    static func address(_ segments: [String]) -> String { segments.map { $0 + "/" }.joined() }

    static func address(_ page: Page) -> String { address(page.outputPath) }
}

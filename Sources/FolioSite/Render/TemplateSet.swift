import FolioDiagnostics
import Foundation
import Mustache

/// The site's Mustache templates, parsed once per build and shared by every page render.
struct TemplateSet: Sendable {
    /// Templates the build renders directly; the rest are partials and the base layout.
    static let required = [
        "base", "head", "header", "nav", "switcher", "breadcrumbs", "toc", "footer", "page", "home", "notfound",
        "redirect", "rootnotfound", "print", "search",
    ]

    let library: MustacheLibrary
    /// Every template's text by name: two sets with equal sources render equal pages.
    let sources: [String: String]
    /// The templates that can be compiled per view shape, and the names each reads.
    let usage: TemplateUsage

    init(library: MustacheLibrary, sources: [String: String]) {
        self.library = library
        self.sources = sources
        usage = TemplateUsage(sources: sources)
    }

    /// Loads the theme's templates from `folder` over the built-in ones (see `SiteTheme`).
    static func load(from folder: URL) throws -> TemplateSet {
        try load(theme: SiteTheme.load(templatesFolder: folder))
    }

    /// Parses every top-level `*.mustache` file of the theme, turning a syntax error into `path:line:column`.
    static func load(theme: SiteTheme) throws -> TemplateSet {
        HTMLEscaping.registered
        var library = MustacheLibrary()
        var problems: [Diagnostic] = []
        var sources: [String: String] = [:]
        var broken: Set<String> = []
        for file in theme.files(in: "", suffix: ".mustache") {
            let text = file.text
            do {
                let template = try MustacheTemplate(string: text)
                // Parsed as written first, so errors keep their columns; then again with the fast escaper.
                let fast = (try? MustacheTemplate(string: HTMLEscaping.pragma + text)) ?? template
                let name = String(file.path.dropLast(".mustache".count))
                library.register(fast, named: name)
                sources[name] = text
            } catch let error as MustacheTemplate.ParserError {
                broken.insert(String(file.path.dropLast(".mustache".count)))
                problems.append(
                    Diagnostic(
                        SourceLocation(
                            path: file.displayPath, line: error.context.lineNumber + file.lineOffset,
                            column: error.context.columnNumber),
                        "template syntax error: \(error.error)",
                        hint: "check that every {{#section}} is closed by a matching {{/section}} and tags are balanced"
                    ))
            }
        }
        for name in required where library.getTemplate(named: name) == nil && !broken.contains(name) {
            problems.append(
                Diagnostic(
                    SourceLocation(path: "templates/\(name).mustache"), "template '\(name)' is missing",
                    hint: "every site needs this template; Folio's built-in theme has it"))
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return TemplateSet(library: library, sources: sources)
    }

    func render(_ view: Any, template: String) -> String {
        library.render(view, withTemplate: template) ?? ""
    }
}

import FolioDiagnostics
import Foundation
import Mustache

/// The site's Mustache templates, parsed once per build and shared by every page render.
struct TemplateSet: Sendable {
    /// Templates the build renders directly; the rest are partials and the base layout.
    static let required = [
        "base", "head", "header", "nav", "switcher", "breadcrumbs", "toc", "footer", "page", "home", "notfound",
        "redirect", "print",
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

    /// Loads every `*.mustache` file in `folder`, turning a syntax error into `path:line:column`.
    static func load(from folder: URL, displayFolder: String) throws -> TemplateSet {
        HTMLEscaping.registered
        var library = MustacheLibrary()
        var problems: [Diagnostic] = []
        var sources: [String: String] = [:]
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".mustache")
        }.sorted()
        for file in files {
            let path = "\(displayFolder)/\(file)"
            do {
                let text = try SourceText.read(folder.appendingPathComponent(file), displayPath: path)
                let template = try MustacheTemplate(string: text)
                // Parsed as written first, so errors keep their columns; then again with the fast escaper.
                let fast = (try? MustacheTemplate(string: HTMLEscaping.pragma + text)) ?? template
                let name = String(file.dropLast(".mustache".count))
                library.register(fast, named: name)
                sources[name] = text
            } catch let error as MustacheTemplate.ParserError {
                problems.append(
                    Diagnostic(
                        SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber),
                        "template syntax error: \(error.error)",
                        hint: "check that every {{#section}} is closed by a matching {{/section}} and tags are balanced"
                    ))
            } catch let diagnostic as Diagnostic {
                problems.append(diagnostic)
            }
        }
        for name in required where library.getTemplate(named: name) == nil {
            problems.append(
                Diagnostic(
                    SourceLocation(path: "\(displayFolder)/\(name).mustache"), "template '\(name)' is missing",
                    hint: "every site needs this template; copy it from Folio's templates/ folder"))
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return TemplateSet(library: library, sources: sources)
    }

    func render(_ view: Any, template: String) -> String {
        library.render(view, withTemplate: template) ?? ""
    }
}

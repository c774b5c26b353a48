import FolioDiagnostics
import Foundation

/// `folio check`'s warnings about what the subject index and search link to: an `index:` term its
/// page never uses (a reader following it finds nothing there), and two headings of one page with
/// the same id under the same parent, so the later is `-2` (the index and search results name a
/// heading by its parent too, so only these cannot be told apart, and a link to one breaks when the
/// other is renamed).
enum IndexTermCheck {
    static func warnings(in site: RenderedSite) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for rendered in site.pages where rendered.page.fallback == nil {
            let page = rendered.page
            let text = (page.frontMatter.title + "\n" + page.body).lowercased()
            for term in page.frontMatter.index where !text.contains(term.term.lowercased()) {
                found.append(
                    Diagnostic(
                        SourceLocation(path: page.sourcePath, line: term.line, column: 1),
                        "index term '\(term.term)' occurs nowhere in the page",
                        hint: "use the term in the page's text, or remove it from `index:`", severity: .warning))
            }
            found += duplicateHeadings(rendered)
        }
        return found
    }

    /// Headings whose text gives the id of an earlier heading under the same parent heading.
    private static func duplicateHeadings(_ rendered: RenderedPage) -> [Diagnostic] {
        var seen: [String: (line: Int, parent: String)] = [:]
        var parents: [Int: String] = [:]
        var found: [Diagnostic] = []
        for heading in rendered.headings {
            let parent = (1..<max(heading.level, 1)).compactMap { parents[$0] }.joined(separator: "/")
            parents[heading.level] = heading.id
            for level in parents.keys where level > heading.level { parents[level] = nil }
            let base = baseID(heading.id)
            if let earlier = seen[base], earlier.parent == parent, base != heading.id {
                found.append(
                    Diagnostic(
                        SourceLocation(path: rendered.page.sourcePath, line: heading.line, column: 1),
                        "heading '\(heading.text)' has the id '\(base)' of the heading at line \(earlier.line), so it becomes '\(heading.id)'",
                        hint: "name the headings apart, so links to them and search results stay stable",
                        severity: .warning))
            }
            if seen[heading.id] == nil { seen[heading.id] = (heading.line, parent) }
        }
        return found
    }

    /// The id a de-duplicated id (`aktiviteter-2`) was made from.
    private static func baseID(_ id: String) -> String {
        guard let dash = id.lastIndex(of: "-"), Int(id[id.index(after: dash)...]) != nil else { return id }
        return String(id[..<dash])
    }
}

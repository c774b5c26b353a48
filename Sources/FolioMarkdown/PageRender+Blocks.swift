import Ccmark
import FolioDiagnostics
import FolioHTML
import Foundation

extension PageRender {
    /// Gives every heading a unique id and, at levels 2 and 3, a link to its section.
    mutating func identifyHeadings() {
        for node in headingNodes {
            let level = Int(cmark_node_get_heading_level(node))
            let text = CmarkTree.plainText(of: node)
            let id = Slug.unique(text, fallback: "section", used: &usedIDs)
            let line = fileLine(Int(cmark_node_get_start_line(node)))
            headings.append(Heading(level: level, text: text, id: id, line: line))
            guard renderer.markup == .folio, let html = headingHTML(node, level: level, text: text, id: id) else {
                continue
            }
            CmarkTree.replace(node, withHTML: html)
        }
    }

    /// The heading as HTML with its id, and the section link after it for levels 2 and 3.
    private func headingHTML(_ node: OpaquePointer, level: Int, text: String, id: String) -> String? {
        guard let rendered = cmark_render_html(node, options) else { return nil }
        var html = String(cString: rendered)
        free(rendered)
        let open = "<h\(level)>"
        if html.hasPrefix(open) {
            html = "<h\(level) id=\"\(id)\">" + html.dropFirst(open.count)
        }
        guard level == 2 || level == 3 else { return html }
        // A link to the section itself, for readers to share; after the heading, not in it, so the
        // heading's accessible name stays its text.
        let strings = renderer.strings
        let label = Markup.escaped(strings.fill(strings.sectionLink, "heading", text))
        if html.hasSuffix("\n") { html.removeLast() }
        return "<div class=\"section-heading\">" + html
            + "<a class=\"section-link\" href=\"#\(id)\" aria-label=\"\(label)\">#</a></div>\n"
    }

    /// Swaps each directive for the HTML `expand` makes of it, collecting every failure.
    mutating func expandDirectives(_ expand: (Directive) throws -> String) {
        for (node, directive) in directiveNodes {
            do {
                CmarkTree.replace(node, withHTML: try expand(directive))
            } catch {
                failures += DiagnosticList(flattening: error, at: directive.location).diagnostics
            }
        }
    }

    /// GFM's tag filter over the author's raw HTML, when the renderer asks for it.
    mutating func filterRawHTMLTags() {
        guard renderer.allowsRawHTML, renderer.filtersRawHTMLTags else { return }
        let raw = CmarkWalk.nodes(under: document) { _, type in
            type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK
        }
        for node in raw {
            let literal = CmarkTree.literal(node)
            let filtered = TagFilter.filtered(literal)
            if filtered != literal { cmark_node_set_literal(node, filtered) }
        }
    }
}

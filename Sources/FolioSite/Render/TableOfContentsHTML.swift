import FolioHTML
import FolioMarkdown

extension PageView {
    /// The page's table of contents: its sections, each with its subsections.
    static func toc(for headings: [Heading]) -> [TocEntry] {
        TableOfContents(headings: headings).entries.map { entry in
            TocEntry(
                id: entry.heading.id, text: entry.heading.text,
                children: entry.children.map {
                    TocEntry(id: $0.id, text: $0.text, children: [], hasChildren: false)
                },
                hasChildren: !entry.children.isEmpty)
        }
    }

    /// The outline as nested `<ol>` lists, placed by `toc.mustache` with `{{{tableOfContents}}}`.
    ///
    /// Built in Swift, as Hugo builds `.TableOfContents`, because looping over the headings in
    /// Mustache (a context push and several dynamic casts per tag) was about 15 % of a large
    /// build. `toc` still carries the same entries for a template that wants its own markup.
    static func outline(_ entries: [TocEntry]) -> String {
        var html = "<ol>\n"
        for entry in entries {
            html += "<li><a href=\"#\(Markup.escaped(entry.id))\">\(Markup.escaped(entry.text))</a>"
            if !entry.children.isEmpty {
                html += "\n<ol>\n"
                for child in entry.children {
                    html += "<li><a href=\"#\(Markup.escaped(child.id))\">\(Markup.escaped(child.text))</a></li>\n"
                }
                html += "</ol>\n"
            }
            html += "</li>\n"
        }
        html += "</ol>"
        return html
    }
}

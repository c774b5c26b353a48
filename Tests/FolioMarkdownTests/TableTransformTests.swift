import Testing

@testable import FolioMarkdown

/// Tables as cmark nodes: cells are parsed apart from the page, yet see the page's definitions.
@Suite struct TableTransformTests {
    @Test func referenceLinksResolveInsideCells() throws {
        let source =
            "| Länk | Till |\n| --- | --- |\n| [kanaler][k] | [guiden][] |\n\n[k]: ../kanaler/\n[guiden]: /sv/guide/\n"
        let result = try MarkdownRenderer().render(source, path: "a.md")
        #expect(result.html.contains("<td><a href=\"../kanaler/\">kanaler</a></td>"))
        #expect(result.html.contains("<td><a href=\"/sv/guide/\">guiden</a></td>"))
        #expect(result.links.map(\.destination) == ["../kanaler/", "/sv/guide/"])
    }

    @Test func referenceLinksResolveInsideFootnotes() throws {
        let source = "Text[^1].\n\n[^1]: Se [kanaler][k].\n\n[k]: ../kanaler/\n"
        let html = try MarkdownRenderer().render(source, path: "a.md").html
        #expect(html.contains("Se <a href=\"../kanaler/\">kanaler</a>."))
    }
}

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

    @Test func onlyDefinitionsAreTakenForDefinitions() throws {
        // An empty quote in a list item holds no line of its own: its `- >` is no definition.
        let source = "- >\n\n| a |\n| - |\n| [b][c] |\n\n[c]: /c/\n"
        let html = try MarkdownRenderer().render(source, path: "a.md").html
        #expect(html.contains("<td><a href=\"/c/\">b</a></td>"))
        #expect(html.components(separatedBy: "<blockquote>").count == 2)
    }
}

import FolioDiagnostics
import Testing

@testable import FolioMarkdown

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer(directiveNames: ["chart"], reservedIDs: ["main"])

    @Test func headingsGetStableTransliteratedIDs() throws {
        let result = try renderer.render(
            "## Första kontakten\n\n### Ședință și țel\n\n## Första kontakten\n", path: "a.md")
        #expect(result.html.contains("<h2 id=\"forsta-kontakten\">Första kontakten</h2>"))
        #expect(result.html.contains("<h3 id=\"sedinta-si-tel\">Ședință și țel</h3>"))
        #expect(result.html.contains("<h2 id=\"forsta-kontakten-2\">"))
        #expect(result.headings.map(\.id) == ["forsta-kontakten", "sedinta-si-tel", "forsta-kontakten-2"])
    }

    @Test func headingIDsAvoidReservedTemplateIDs() throws {
        let result = try renderer.render("## Main\n", path: "a.md")
        #expect(result.headings.first?.id == "main-2")
    }

    @Test func rawHTMLIsStrippedUnlessAllowed() throws {
        let source = "Hej <script>alert(1)</script>\n\n<div onclick=\"x\">block</div>\n"
        let safe = try renderer.render(source, path: "a.md")
        #expect(!safe.html.contains("<script>"))
        #expect(!safe.html.contains("<div onclick"))
        var unsafe = renderer
        unsafe.allowsRawHTML = true
        #expect(try unsafe.render(source, path: "a.md").html.contains("<div onclick"))
    }

    @Test func quotesFollowTheLanguage() throws {
        var swedish = renderer
        swedish.quoteStyle = .swedish
        #expect(
            try swedish.render("Hon sa \"hej *du*\" till mig.\n", path: "a.md").html.contains(
                "Hon sa \u{201D}hej <em>du</em>\u{201D} till mig."))
        var romanian = renderer
        romanian.quoteStyle = .romanian
        #expect(try romanian.render("El a spus \"bună\".\n", path: "a.md").html.contains("\u{201E}bună\u{201D}"))
        #expect(try renderer.render("A \"b\".\n", path: "a.md").html.contains("&quot;b&quot;"))
    }

    @Test func quotesInCodeStayStraight() throws {
        var swedish = renderer
        swedish.quoteStyle = .swedish
        let html = try swedish.render("Kod: `\"x\"`\n", path: "a.md").html
        #expect(html.contains("<code>&quot;x&quot;</code>"))
    }

    @Test func directivesAreFoundInTheTreeWithTheirFileLine() throws {
        let source = "Text\n\n- item\n\n  ```chart\n  type: line\n  ```\n\n```python\nx = 1\n```\n"
        var seen: [Directive] = []
        let result = try renderer.render(source, path: "p.md", firstLine: 5) { directive in
            seen.append(directive)
            return "<figure>SVG</figure>"
        }
        #expect(seen.count == 1)
        #expect(seen.first?.body == "type: line\n")
        // The fence is on line 5 of the body, line 9 of the file; the YAML starts one line later.
        #expect(seen.first?.location == SourceLocation(path: "p.md", line: 10, column: 1))
        #expect(result.html.contains("<figure>SVG</figure>"))
        #expect(result.html.contains("<code class=\"language-python\">"))
        #expect(!result.html.contains("type: line"))
    }

    @Test func directiveErrorsAreCollectedTogether() throws {
        let source = "```chart\na\n```\n\n```chart\nb\n```\n"
        #expect(throws: DiagnosticList.self) {
            try renderer.render(source, path: "p.md") { directive in
                throw Diagnostic(directive.location, "bad \(directive.ordinal)")
            }
        }
        do {
            _ = try renderer.render(source, path: "p.md") { throw Diagnostic($0.location, "bad \($0.ordinal)") }
        } catch let list as DiagnosticList {
            #expect(list.diagnostics.map(\.message) == ["bad 1", "bad 2"])
            #expect(list.diagnostics.map(\.location.line) == [2, 6])
        }
    }

    @Test func linksAreRewrittenAndRecorded() throws {
        let result = try renderer.render(
            "[a](../kanaler/) [b](https://x.org)\n", path: "a.md", rewriteLink: { $0 + "index.html" })
        #expect(result.html.contains("href=\"../kanaler/index.html\""))
        #expect(result.links.map(\.destination) == ["../kanaler/", "https://x.org"])
    }

    @Test func linksKnowTheirFileLine() throws {
        let source =
            "Intro\n\nA paragraph that\nwraps before [a link](x/)\nand ![an image](bild.png).\n\n- item [b](y/)\n"
        let links = try renderer.render(source, path: "a.md", firstLine: 4).links
        #expect(
            links == [
                MarkdownLink(destination: "x/", line: 7),
                MarkdownLink(destination: "bild.png", line: 8, isImage: true),
                MarkdownLink(destination: "y/", line: 10),
            ])
    }

    @Test func inlineExpressionsExpandInTextOnly() throws {
        var engine = renderer
        engine.inlineNames = ["metric"]
        let source =
            "Nu {{metric csat latest}} <{{other x}}>\n\n`{{metric csat latest}}`\n\n    {{metric csat latest}}\n"
        var seen: [InlineExpression] = []
        let html = try engine.render(
            source, path: "p.md", firstLine: 3,
            evaluate: { expression in
                seen.append(expression)
                return "87 % <b>"
            }
        ).html
        #expect(html.contains("<p>Nu 87 % &lt;b&gt; &lt;{{other x}}&gt;</p>"), "values are escaped; unknown names stay")
        #expect(html.contains("<code>{{metric csat latest}}</code>"))
        #expect(html.contains("<pre><code>{{metric csat latest}}"))
        #expect(
            seen == [
                InlineExpression(
                    name: "metric", arguments: ["csat", "latest"], location: SourceLocation(path: "p.md", line: 3))
            ])
    }

    @Test func javascriptLinksAreNeutralised() throws {
        let html = try renderer.render("[x](javascript:alert(1))\n", path: "a.md").html
        #expect(!html.contains("javascript:"))
    }
}

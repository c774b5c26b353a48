import Testing

@testable import FolioMarkdown

/// Conformance cases for GFM footnotes, in Swedish and Romanian.
@Suite struct FootnotesTests {
    var renderer: MarkdownRenderer {
        var renderer = MarkdownRenderer(reservedIDs: ["main"])
        renderer.strings = MarkdownStrings(
            footnotes: "Fotnoter", footnoteBackLink: "Tillbaka till hänvisning {n}",
            sectionLink: "Länk till avsnittet {heading}", table: "Tabell {n}")
        return renderer
    }

    @Test func referenceAndDefinitionMakeANumberedNote() throws {
        let out = try renderer.render("Text[^1] här.\n\n[^1]: Fotnoten.\n", path: "a.md").html
        #expect(
            out.contains(
                "<p>Text<sup class=\"footnote-ref\"><a href=\"#fn_1\" id=\"fnref_1\" aria-describedby=\"footnotes_title\">1</a></sup> här.</p>"
            ))
        #expect(
            out.contains(
                "<section class=\"footnotes\" aria-labelledby=\"footnotes_title\">\n<h2 id=\"footnotes_title\">Fotnoter</h2>"
            ))
        #expect(
            out.contains(
                "<li id=\"fn_1\">\n<p>Fotnoten. <a href=\"#fnref_1\" class=\"footnote-backref\" aria-label=\"Tillbaka till hänvisning 1\">↩\u{FE0E}</a></p>\n</li>"
            ))
        #expect(!out.contains("href=\"Fotnoten.\""))
    }

    @Test func numberedByFirstReferenceNotByDefinition() throws {
        let source = "Först[^b], sedan[^a] och igen[^b].\n\n[^a]: Note A, cu mai multe cuvinte.\n[^b]: Note B.\n"
        let out = try renderer.render(source, path: "a.md").html
        #expect(out.contains("href=\"#fn_b\" id=\"fnref_b\" aria-describedby=\"footnotes_title\">1</a>"))
        #expect(out.contains("href=\"#fn_a\" id=\"fnref_a\" aria-describedby=\"footnotes_title\">2</a>"))
        #expect(out.contains("id=\"fnref_b_2\""))
        let b = try #require(out.range(of: "<li id=\"fn_b\">"))
        let a = try #require(out.range(of: "<li id=\"fn_a\">"))
        #expect(b.lowerBound < a.lowerBound)
        #expect(out.contains("aria-label=\"Tillbaka till hänvisning 1 (2)\""))
    }

    @Test func multiParagraphDefinitions() throws {
        let source =
            "Se not[^lång].\n\n[^lång]: Första stycket\n    fortsätter här.\n\n    Andra stycket.\n\n        kod i noten\n\nUtanför.\n"
        let out = try renderer.render(source, path: "a.md").html
        #expect(out.contains("<li id=\"fn_lang\">\n<p>Första stycket\nfortsätter här.</p>\n<p>Andra stycket."))
        #expect(out.contains("<pre><code>kod i noten\n</code></pre>"))
        #expect(out.contains("<p>Utanför.</p>"))
        #expect(out.range(of: "Utanför")!.lowerBound < out.range(of: "<section")!.lowerBound)
    }

    @Test func undefinedReferenceStaysLiteralAndIsNoted() throws {
        let result = try renderer.render("Rad ett\nrad två[^saknas].\n", path: "a.md", firstLine: 3)
        #expect(result.html == "<p>Rad ett\nrad två[^saknas].</p>\n")
        #expect(result.notes.map(\.line) == [4])
        #expect(result.notes.first?.message.contains("[^saknas]") == true)
    }

    @Test func unusedDefinitionIsNotedAndNotShown() throws {
        let result = try renderer.render("Text[^a].\n\n[^a]: Folosită.\n\n[^b]: Nefolosită.\n", path: "a.md")
        #expect(!result.html.contains("Nefolosită"))
        #expect(result.notes.map(\.line) == [5])
    }

    @Test func idsNeverClashWithHeadings() throws {
        let result = try renderer.render("## fn 1\n\nText[^1].\n\n## Fotnoter\n\n[^1]: Not.\n", path: "a.md")
        let ids = result.headings.map(\.id)
        #expect(ids == ["fn-1", "fotnoter"])
        #expect(result.html.contains("id=\"fn_1\""))
    }

    @Test func withoutAnyDefinitionNothingChanges() throws {
        #expect(try renderer.render("`[^1]` och [^1]\n", path: "a.md").html == "<p><code>[^1]</code> och [^1]</p>\n")
    }

    @Test func referenceInsideCodeIsNotAReference() throws {
        let result = try renderer.render("`[^1]`[^1]\n\n[^1]: Not.\n", path: "a.md")
        #expect(result.html.contains("<code>[^1]</code><sup"))
    }

    @Test func linksInFootnotesKeepTheirLines() throws {
        let result = try renderer.render("A[^x]\n\n[^x]: Se\n    [sidan](../b/).\n", path: "a.md", firstLine: 10)
        #expect(result.links.map(\.line) == [13])
    }

    @Test func manyReferencesStayLinear() throws {
        let source = String(repeating: "x[^n] ", count: 20_000) + "\n\n[^n]: Not.\n"
        let result = try renderer.render(source, path: "a.md")
        #expect(result.html.components(separatedBy: "footnote-backref").count == 20_001)
    }

    @Test func adjacentReferencesWithLinkLikeDefinitions() throws {
        let result = try renderer.render("Text[^1][^2].\n\n[^1]: Fotnoten.\n[^2]: Nota.\n", path: "a.md")
        #expect(result.html.contains(">1</a></sup><sup class=\"footnote-ref\"><a href=\"#fn_2\""))
        #expect(result.notes.isEmpty)
    }

    @Test func definitionInsideABlockQuote() throws {
        let source = "Citat[^q] och kort[^k].\n\n> [^q]: Citatnot med flera ord\n> fortsätter.\n\n> [^k]: Kort.\n"
        let out = try renderer.render(source, path: "a.md").html
        #expect(out.contains("<li id=\"fn_q\">\n<p>Citatnot med flera ord\nfortsätter. <a href=\"#fnref_q\""))
        #expect(out.contains("<li id=\"fn_k\">\n<p>Kort. <a href=\"#fnref_k\""))
        #expect(!out.contains("[^q]:"))
        #expect(!out.contains("href=\"Kort.\""))
    }

    @Test func definitionInsideAListItem() throws {
        let source = "- punkt[^l]\n\n  [^l]: Listnot med flera ord\n\n- andra\n"
        let result = try renderer.render(source, path: "a.md")
        #expect(result.html.contains("<li id=\"fn_l\">\n<p>Listnot med flera ord <a href=\"#fnref_l\""))
        #expect(!result.html.contains("[^l]:"))
        #expect(result.notes.isEmpty)
    }

    @Test func backLinkFollowsANoteEndingInCode() throws {
        let source = "Kod[^k].\n\n[^k]:\n        kod i noten\n"
        let out = try renderer.render(source, path: "a.md").html
        #expect(
            out.contains(
                "<pre><code>kod i noten\n</code></pre>\n<p><a href=\"#fnref_k\" class=\"footnote-backref\""))
        var gfm = renderer
        gfm.markup = .gfm
        let plain = try gfm.render(source, path: "a.md").html
        #expect(plain.contains("</code></pre>\n<a href=\"#fnref1\" class=\"footnote-backref\">↩</a>\n</li>"))
    }

    @Test func referenceRightAfterAURLIsPartOfIt() throws {
        // As cmark-gfm: the autolink runs to the next space; never a link inside a link.
        let result = try renderer.render("Källa: https://a.se/x[^1] och mer.\n\n[^1]: Not.\n", path: "a.md")
        #expect(result.html.contains("<a href=\"https://a.se/x%5B%5E1%5D\">https://a.se/x[^1]</a> och mer."))
        #expect(!result.html.contains("footnote-ref"))
        #expect(result.notes.map(\.message) == ["footnote [^1] is defined but never referenced"])
    }
}

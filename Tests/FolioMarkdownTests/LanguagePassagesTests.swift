import Testing

@testable import FolioMarkdown

@Suite struct LanguagePassagesTests {
    func html(_ markdown: String) throws -> String { try MarkdownRenderer().render(markdown, path: "a.md").html }

    @Test func bracketedSpanBecomesASpanWithLang() throws {
        #expect(
            try html("Hon sa [Tack så mycket]{lang=sv}.") == "<p>Hon sa <span lang=\"sv\">Tack så mycket</span>.</p>\n")
    }

    @Test func spanMayHoldEmphasisAndSitNextToAnother() throws {
        #expect(
            try html("[Tack så *mycket*]{lang=sv}[Thanks]{lang=en}")
                == "<p><span lang=\"sv\">Tack så <em>mycket</em></span><span lang=\"en\">Thanks</span></p>\n")
        #expect(
            try html("*[Mulțumesc]{lang=ro}*") == "<p><em><span lang=\"ro\">Mulțumesc</span></em></p>\n")
    }

    @Test func codeInvalidCodesAndLoneMarkersStayText() throws {
        #expect(try html("`[a]{lang=sv}`") == "<p><code>[a]{lang=sv}</code></p>\n")
        #expect(try html("[a]{lang=s v}") == "<p>[a]{lang=s v}</p>\n")
        #expect(try html("a]{lang=sv}") == "<p>a]{lang=sv}</p>\n")
    }

    @Test func fencedDivWrapsTheBlocksBetweenItsMarkers() throws {
        let markdown =
            "Text.\n\n::: {lang=sv}\n\nRubrik\n\nEtt stycke.\n\n> ::: {lang=en}\n>\n> A quote.\n>\n> :::\n\n:::\n"
        #expect(
            try html(markdown)
                == "<p>Text.</p>\n<div lang=\"sv\">\n<p>Rubrik</p>\n<p>Ett stycke.</p>\n"
                + "<blockquote>\n<div lang=\"en\">\n<p>A quote.</p>\n</div>\n</blockquote>\n</div>\n")
    }

    @Test func unclosedDivAndCodeBlocksStayAsWritten() throws {
        #expect(try html("::: {lang=sv}\n\nText.\n") == "<p>::: {lang=sv}</p>\n<p>Text.</p>\n")
        #expect(
            try html("```\n::: {lang=sv}\n\n:::\n```\n") == "<pre><code>::: {lang=sv}\n\n:::\n</code></pre>\n")
    }
}

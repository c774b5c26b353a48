import Testing

@testable import FolioMarkdown

/// Conformance cases for GFM extended autolinks (spec section "Autolinks (extension)").
@Suite struct AutolinkTests {
    func html(_ markdown: String) throws -> String { try MarkdownRenderer().render(markdown, path: "a.md").html }

    @Test func wwwLinksGetHTTP() throws {
        #expect(
            try html("Se www.commonmark.org/help för hjälp.\n")
                == "<p>Se <a href=\"http://www.commonmark.org/help\">www.commonmark.org/help</a> för hjälp.</p>\n")
    }

    @Test func httpAndHTTPSLinks() throws {
        #expect(
            try html("Vezi https://example.org/ghid?q=1 acum\n")
                == "<p>Vezi <a href=\"https://example.org/ghid?q=1\">https://example.org/ghid?q=1</a> acum</p>\n")
        #expect(try html("http://a.se\n") == "<p><a href=\"http://a.se\">http://a.se</a></p>\n")
    }

    @Test func trailingPunctuationIsLeftOut() throws {
        #expect(
            try html("Besök www.commonmark.org.\n")
                == "<p>Besök <a href=\"http://www.commonmark.org\">www.commonmark.org</a>.</p>\n")
        #expect(
            try html("Visit www.commonmark.org/a.b.\n")
                == "<p>Visit <a href=\"http://www.commonmark.org/a.b\">www.commonmark.org/a.b</a>.</p>\n")
        #expect(try html("https://a.se/x?!\n") == "<p><a href=\"https://a.se/x\">https://a.se/x</a>?!</p>\n")
    }

    @Test func parenthesesBalance() throws {
        #expect(
            try html("www.google.com/search?q=Markup+(business)\n")
                == "<p><a href=\"http://www.google.com/search?q=Markup+(business)\">www.google.com/search?q=Markup+(business)</a></p>\n"
        )
        #expect(
            try html("(www.google.com/search?q=Markup+(business))\n")
                == "<p>(<a href=\"http://www.google.com/search?q=Markup+(business)\">www.google.com/search?q=Markup+(business)</a>)</p>\n"
        )
        #expect(
            try html("www.google.com/search?q=(business))+ok\n")
                == "<p><a href=\"http://www.google.com/search?q=(business))+ok\">www.google.com/search?q=(business))+ok</a></p>\n"
        )
    }

    @Test func entityLikeEndingIsLeftOut() throws {
        #expect(
            try html("www.google.com/search?q=commonmark&hl;\n")
                == "<p><a href=\"http://www.google.com/search?q=commonmark\">www.google.com/search?q=commonmark</a>&amp;hl;</p>\n"
        )
    }

    @Test func lessThanEndsALink() throws {
        #expect(try html("www.commonmark.org/he<lp\n").hasPrefix("<p><a href=\"http://www.commonmark.org/he\">"))
    }

    @Test func underscoreInLastTwoSegmentsIsNoDomain() throws {
        #expect(try html("www.xxx.yyy._zzz\n") == "<p>www.xxx.yyy._zzz</p>\n")
        #expect(try html("www.a_b.se\n") == "<p>www.a_b.se</p>\n")
    }

    @Test func emailAddresses() throws {
        #expect(
            try html("Skriv till kundtjanst@exempel.se i dag.\n")
                == "<p>Skriv till <a href=\"mailto:kundtjanst@exempel.se\">kundtjanst@exempel.se</a> i dag.</p>\n")
        #expect(try html("hello+xyz@mail.example\n").contains("href=\"mailto:hello+xyz@mail.example\""))
        #expect(try html("a.b-c_d@a.b.\n") == "<p><a href=\"mailto:a.b-c_d@a.b\">a.b-c_d@a.b</a>.</p>\n")
        #expect(try html("a.b-c_d@a.b-\n") == "<p>a.b-c_d@a.b-</p>\n")
        #expect(try html("a.b-c_d@a.b_\n") == "<p>a.b-c_d@a.b_</p>\n")
        #expect(try html("test@localhost\n") == "<p>test@localhost</p>\n")
    }

    @Test func onlyAtAWordStart() throws {
        #expect(try html("xwww.a.se\n") == "<p>xwww.a.se</p>\n")
        #expect(try html("*www.a.se*\n") == "<p><em><a href=\"http://www.a.se\">www.a.se</a></em></p>\n")
    }

    @Test func neverInsideCodeLinksOrRawHTML() throws {
        #expect(try html("`https://a.se`\n") == "<p><code>https://a.se</code></p>\n")
        #expect(try html("[se https://a.se](../b/)\n") == "<p><a href=\"../b/\">se https://a.se</a></p>\n")
        var raw = MarkdownRenderer()
        raw.allowsRawHTML = true
        #expect(
            try raw.render("<a href=\"x\">www.a.se</a>\n\n<div>\nhttps://a.se\n</div>\n", path: "a.md").html
                == "<p><a href=\"x\">www.a.se</a></p>\n<div>\nhttps://a.se\n</div>\n")
    }

    @Test func autolinksAreExternalLinksOfThePage() throws {
        let result = try MarkdownRenderer().render("Text\n\nwww.a.se\n", path: "a.md")
        #expect(result.links == [MarkdownLink(destination: "http://www.a.se", line: 3)])
    }

    @Test func urlsStayUntypeset() throws {
        var swedish = MarkdownRenderer()
        swedish.quoteStyle = .swedish
        #expect(try swedish.render("https://a.se/x--y\n", path: "a.md").html.contains(">https://a.se/x--y</a>"))
    }

    @Test func linksRightAfterAQuote() throws {
        #expect(
            try html("Se \"https://a.se/x\" nu\n")
                == "<p>Se &quot;<a href=\"https://a.se/x\">https://a.se/x</a>&quot; nu</p>\n")
    }

    @Test func linksInsideEmphasis() throws {
        #expect(
            try html("*http://a.se* och _www.b.se_\n")
                == "<p><em><a href=\"http://a.se\">http://a.se</a></em> och <em><a href=\"http://www.b.se\">www.b.se</a></em></p>\n"
        )
        #expect(try html("**www.c.se**\n") == "<p><strong><a href=\"http://www.c.se\">www.c.se</a></strong></p>\n")
    }

    @Test func ftpLinksAndHostsWithoutAPeriod() throws {
        #expect(try html("Hämta ftp://f.se/fil.\n") == "<p>Hämta <a href=\"ftp://f.se/fil\">ftp://f.se/fil</a>.</p>\n")
        #expect(try html("http://localhost:8080/x\n").contains("<a href=\"http://localhost:8080/x\">"))
        #expect(try html("xhttp://a.se\n") == "<p>xhttp://a.se</p>\n")
    }
}

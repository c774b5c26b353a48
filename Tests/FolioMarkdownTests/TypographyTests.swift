import Testing

@testable import FolioMarkdown

/// Typography per language: quotes, nested quotes, apostrophes, dashes, ellipsis; never in code.
@Suite struct TypographyTests {
    func html(_ markdown: String, _ style: QuoteStyle) throws -> String {
        var renderer = MarkdownRenderer()
        renderer.quoteStyle = style
        return try renderer.render(markdown, path: "a.md").html
    }

    @Test func swedishNestedQuotesAndApostrophes() throws {
        #expect(
            try html("\"Hon sa 'ja' i går\" -- Annas bok...\n", .swedish)
                == "<p>\u{201D}Hon sa \u{2019}ja\u{2019} i går\u{201D} \u{2013} Annas bok\u{2026}</p>\n")
    }

    @Test func romanianNestedQuotesApostropheAndEmDash() throws {
        #expect(
            try html("\"El a zis 'da'\" --- l'a văzut.\n", .romanian)
                == "<p>\u{201E}El a zis \u{00AB}da\u{00BB}\u{201D} \u{2014} l\u{2019}a văzut.</p>\n")
    }

    /// Quotes, a quotation inside one, an apostrophe, the en dash and the ellipsis in each shipped
    /// language's style (the Swedish marks serve Finnish).
    @Test(arguments: [
        (
            QuoteStyle.british, "\"He said 'yes', didn't he?\" -- Anna's notes...",
            "‘He said “yes”, didn’t he?’ – Anna’s notes…"
        ),
        (QuoteStyle.american, "\"He said 'yes'\" -- Anna's notes...", "“He said ‘yes’” – Anna’s notes…"),
        (
            QuoteStyle.german, "\"Er sagte 'ja', nicht wahr?\" -- Annas Notizen...",
            "„Er sagte ‚ja‘, nicht wahr?“ – Annas Notizen…"
        ),
        (
            QuoteStyle.swedish, "\"Hän sanoi 'kyllä'\" -- Annan muistiinpanot...",
            "”Hän sanoi ’kyllä’” – Annan muistiinpanot…"
        ),
        (QuoteStyle.norwegian, "\"Hun sa 'ja' i går\" -- Annas notater...", "«Hun sa ‘ja’ i går» – Annas notater…"),
        (QuoteStyle.danish, "\"Hun sagde 'ja' i går\" -- Annas noter...", "»Hun sagde ›ja‹ i går« – Annas noter…"),
    ])
    func nestedQuotesPerLanguage(style: QuoteStyle, markdown: String, typeset: String) throws {
        #expect(try html(markdown + "\n", style) == "<p>" + typeset + "</p>\n")
    }

    @Test func neverInCode() throws {
        #expect(
            try html("`a -- 'b' ...`\n\n    x -- y\n", .swedish)
                == "<p><code>a -- 'b' ...</code></p>\n<pre><code>x -- y\n</code></pre>\n")
    }

    @Test func straightLeavesTextAsWritten() throws {
        #expect(try html("a -- 'b' ...\n", .straight) == "<p>a -- 'b' ...</p>\n")
    }
}

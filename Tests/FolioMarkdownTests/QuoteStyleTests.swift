import Testing

@testable import FolioMarkdown

@Suite struct QuoteStyleTests {
    @Test(arguments: [
        (QuoteStyle.swedish, "Han sa \"hej\" och gick.", "Han sa ”hej” och gick."),
        (QuoteStyle.romanian, "A spus \"bună\" și a plecat.", "A spus „bună” și a plecat."),
        (QuoteStyle.romanian, "\"ă\"", "„ă”"),
        (QuoteStyle.straight, "\"x\"", "\"x\""),
        (QuoteStyle.swedish, "Hän sanoi \"kyllä\".", "Hän sanoi ”kyllä”."),
        (QuoteStyle.british, "She said \"yes\".", "She said ‘yes’."),
        (QuoteStyle.american, "She said \"yes\".", "She said “yes”."),
        (QuoteStyle.german, "Sie sagte \"ja\".", "Sie sagte „ja“."),
        (QuoteStyle.norwegian, "Hun sa \"ja\".", "Hun sa «ja»."),
        (QuoteStyle.danish, "Hun sagde \"ja\".", "Hun sagde »ja«."),
        // A combining mark after a quote makes one character with it, which is left as written.
        (QuoteStyle.romanian, "\"\u{301}x\" y", "\"\u{301}x„ y"),
    ])
    func typesetsQuotes(style: QuoteStyle, input: String, expected: String) {
        var open = false
        #expect(style.typeset(input, open: &open) == expected)
    }

    /// Each shipped language's style; English is British unless the site's locale is American.
    @Test(
        arguments: [
            ("sv", nil, QuoteStyle.swedish), ("fi", "fi_FI", .swedish), ("ro", nil, .romanian),
            ("de", "de_DE", .german), ("nb", "nb_NO", .norwegian), ("no", nil, .norwegian), ("da", "da_DK", .danish),
            ("en", nil, .british), ("en", "en_GB", .british), ("en", "en_US", .american), ("en-US", nil, .american),
            ("xx", nil, .straight),
        ] as [(String, String?, QuoteStyle)])
    func picksTheStyleOfTheLanguage(code: String, locale: String?, style: QuoteStyle) {
        #expect(QuoteStyle.forLanguage(code, locale: locale) == style)
    }

    /// The quote state runs across the text nodes of one block (a quote around `*emphasis*`).
    @Test func stateCarriesAcrossCalls() {
        var open = false
        #expect(QuoteStyle.swedish.typeset("a \"b", open: &open) == "a ”b")
        #expect(open)
        #expect(QuoteStyle.romanian.typeset("c\" d", open: &open) == "c” d")
        #expect(!open)
    }
}

import Testing

@testable import FolioMarkdown

@Suite struct QuoteStyleTests {
    @Test(arguments: [
        (QuoteStyle.swedish, "Han sa \"hej\" och gick.", "Han sa ”hej” och gick."),
        (QuoteStyle.romanian, "A spus \"bună\" și a plecat.", "A spus „bună” și a plecat."),
        (QuoteStyle.romanian, "\"ă\"", "„ă”"),
        (QuoteStyle.straight, "\"x\"", "\"x\""),
        // A combining mark after a quote makes one character with it, which is left as written.
        (QuoteStyle.romanian, "\"\u{301}x\" y", "\"\u{301}x„ y"),
    ])
    func typesetsQuotes(style: QuoteStyle, input: String, expected: String) {
        var open = false
        #expect(style.typeset(input, open: &open) == expected)
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

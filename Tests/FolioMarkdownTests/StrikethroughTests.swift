import Testing

@testable import FolioMarkdown

/// Conformance cases for GFM strikethrough (spec section "Strikethrough (extension)").
@Suite struct StrikethroughTests {
    func html(_ markdown: String) throws -> String { try MarkdownRenderer().render(markdown, path: "a.md").html }

    @Test func doubleAndSingleTildesStrikeThrough() throws {
        #expect(try html("~~gammal~~ ny\n") == "<p><del>gammal</del> ny</p>\n")
        #expect(try html("~veche~ nouă\n") == "<p><del>veche</del> nouă</p>\n")
    }

    @Test func spanMayHoldMarkupAndCrossNoParagraph() throws {
        #expect(try html("~~*fet* och `kod`~~\n") == "<p><del><em>fet</em> och <code>kod</code></del></p>\n")
        #expect(try html("Det här ~~är\n\nnytt~~ stycke.\n") == "<p>Det här ~~är</p>\n<p>nytt~~ stycke.</p>\n")
    }

    @Test func openerAndCloserMustHaveTheSameLength() throws {
        #expect(try html("~~a~ b\n") == "<p>~~a~ b</p>\n")
        #expect(try html("~a~~ b\n") == "<p>~a~~ b</p>\n")
    }

    @Test func threeTildesAreNotStrikethrough() throws {
        #expect(try html("x ~~~a~~~ text\n") == "<p>x ~~~a~~~ text</p>\n")
    }

    @Test func flankingDecidesOpenersAndClosers() throws {
        #expect(try html("a ~~ b ~~ c\n") == "<p>a ~~ b ~~ c</p>\n")
        #expect(try html("ord~~inne~~ord\n") == "<p>ord<del>inne</del>ord</p>\n")
    }

    @Test func nestedSpansOfDifferentLengths() throws {
        #expect(try html("~~a ~b~ c~~\n") == "<p><del>a <del>b</del> c</del></p>\n")
    }

    @Test func neverInsideCode() throws {
        #expect(try html("`~~kod~~`\n") == "<p><code>~~kod~~</code></p>\n")
        #expect(try html("```\n~~kod~~\n```\n") == "<pre><code>~~kod~~\n</code></pre>\n")
    }

    @Test func insideLinkText() throws {
        #expect(try html("[~~gammal~~](../a/)\n") == "<p><a href=\"../a/\"><del>gammal</del></a></p>\n")
    }

    @Test func tildeStormIsLinear() throws {
        let storm = String(repeating: "~a ", count: 20_000) + String(repeating: "a~~ ", count: 20_000)
        let out = try html(storm)
        #expect(!out.contains("<del>"))
    }
}

import FolioDiagnostics
import Testing

@testable import FolioMarkdown

/// Input no author means to write, rendered into well-formed, escaped HTML of bounded size.
///
/// No wall-clock limits (they fail on a loaded machine for the wrong reason): the tests count what
/// was made (one element per nesting level, output proportional to input); speed is for `bench/`.
@Suite struct MarkdownRendererHostileInputTests {
    let renderer = MarkdownRenderer(quoteStyle: .swedish, directiveNames: ["chart"])

    @Test(arguments: [("- ", "<li>"), ("> ", "<blockquote>"), ("1. ", "<ol>")])
    func tenThousandNestedBlocksRender(marker: String, tag: String) throws {
        let depth = 10_000
        let markdown = String(repeating: marker, count: depth) + "botten \"x\"\n"
        let result = try renderer.render(markdown, path: "djup.md")
        #expect(result.html.components(separatedBy: tag).count - 1 == depth)
        let closing = "</" + tag.dropFirst()
        #expect(result.html.components(separatedBy: closing).count - 1 == depth, "every level closed")
        // A few tags and line breaks per level: nothing is repeated per level of depth.
        #expect(result.html.utf8.count < depth * 32)
        #expect(result.html.contains("botten \u{201D}x\u{201D}"))
    }

    @Test func directiveDeepInsideListsIsStillFound() throws {
        let indent = String(repeating: "  ", count: 200)
        var markdown = ""
        for level in 0..<200 { markdown += String(repeating: "  ", count: level) + "- nivå\n" }
        markdown += "\n" + indent + "```chart\n" + indent + "type: line\n" + indent + "```\n"
        var found: [Directive] = []
        let result = try renderer.render(
            markdown, path: "d.md",
            expand: {
                found.append($0); return "<figure>ok</figure>"
            })
        #expect(found.count == 1)
        #expect(found.first?.body == "type: line\n")
        #expect(result.html.contains("<figure>ok</figure>"))
    }

    @Test func tenMegabyteSingleLineRendersEscapedInBoundedTime() throws {
        let chunk = "ord \"citat\" <script>alert(1)</script> [länk](javascript:alert(1)) & _mer_ "
        let markdown = String(repeating: chunk, count: 10_000_000 / chunk.utf8.count)
        let result = try renderer.render(markdown, path: "lang.md")
        // Every byte comes out once, some grown by typesetting, escaping and the raw-HTML placeholder
        // (measured: 1.53 times the input; the output is deterministic, so the bound can be close).
        #expect(result.html.utf8.count > markdown.utf8.count)
        #expect(result.html.utf8.count < markdown.utf8.count * 2)
        #expect(!result.html.contains("<script>"))
        #expect(!result.html.contains("href=\"javascript:"))
        #expect(result.html.contains("ord \u{201D}citat\u{201D} "))
        #expect(result.html.contains(" &amp; <em>mer</em>"))
    }
}

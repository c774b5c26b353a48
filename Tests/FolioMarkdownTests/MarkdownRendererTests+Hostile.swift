import FolioDiagnostics
import Testing

@testable import FolioMarkdown

/// Input no author means to write, rendered in bounded time into well-formed, escaped HTML.
@Suite struct MarkdownRendererHostileInputTests {
    let renderer = MarkdownRenderer(quoteStyle: .swedish, directiveNames: ["chart"])

    @Test(arguments: [("- ", "<li>"), ("> ", "<blockquote>"), ("1. ", "<ol>")])
    func tenThousandNestedBlocksRender(marker: String, tag: String) throws {
        let clock = ContinuousClock()
        let start = clock.now
        let markdown = String(repeating: marker, count: 10_000) + "botten \"x\"\n"
        let result = try renderer.render(markdown, path: "djup.md")
        #expect(clock.now - start < .seconds(5))
        #expect(result.html.components(separatedBy: tag).count - 1 == 10_000)
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
        let clock = ContinuousClock()
        let start = clock.now
        let result = try renderer.render(markdown, path: "lang.md")
        #expect(clock.now - start < .seconds(10))
        #expect(!result.html.contains("<script>"))
        #expect(!result.html.contains("href=\"javascript:"))
        #expect(result.html.contains("ord \u{201D}citat\u{201D} "))
        #expect(result.html.contains(" &amp; <em>mer</em>"))
    }
}

import Testing

@testable import FolioMarkdown

/// GFM's tag filter ("Disallowed Raw HTML"), on when raw HTML is allowed and the renderer asks.
@Suite struct TagFilterTests {
    @Test func listedTagsBecomeText() {
        #expect(TagFilter.filtered("<script>x</script>") == "&lt;script>x&lt;/script>")
        #expect(TagFilter.filtered("<XMP> <iframe/> <title\n>") == "&lt;XMP> &lt;iframe/> &lt;title\n>")
    }

    @Test func otherTagsStay() {
        #expect(TagFilter.filtered("<strong> <scripts> <styled> <p>") == "<strong> <scripts> <styled> <p>")
    }

    @Test func onlyWithRawHTMLAndTheOption() throws {
        var renderer = MarkdownRenderer(allowsRawHTML: true)
        #expect(try renderer.render("<iframe src=\"v\"></iframe>\n", path: "a.md").html.contains("<iframe"))
        renderer.filtersRawHTMLTags = true
        #expect(try renderer.render("<iframe src=\"v\"></iframe>\n", path: "a.md").html.contains("&lt;iframe"))
        #expect(try renderer.render("## A <script>x</script>\n", path: "a.md").html.contains("A &lt;script>"))
    }
}

import Testing

@testable import FolioServer

@Suite struct PageInjectionTests {
    @Test func insertsBeforeTheLastClosingBody() {
        let html = Array("<body><p>x</p></body>\n</html>".utf8)
        let result = String(decoding: PageInjection.insert("<i></i>", into: html), as: UTF8.self)
        #expect(result == "<body><p>x</p><i></i></body>\n</html>")
    }

    @Test func appendsWhenThereIsNoBody() {
        #expect(
            String(decoding: PageInjection.insert("<i></i>", into: Array("text".utf8)), as: UTF8.self) == "text<i></i>")
    }

    @Test func overlayEscapesTheErrorText() {
        let overlay = PageInjection.overlay("content/sv/a.md:2:1: error: bad <script>alert('x')</script> & \"more\"")
        #expect(
            overlay.contains(
                "content/sv/a.md:2:1: error: bad &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"
            ))
        #expect(!overlay.contains("<script>alert"))
    }

    @Test func snippetCarriesTheGenerationAndOverlayOnlyOnFailure() {
        let good = PreviewState.Build(generation: 3, failure: nil, finishedAt: .now)
        #expect(PageInjection.snippet(for: good).contains("/_folio/events?since=3"))
        #expect(!PageInjection.snippet(for: good).contains("folio-build-error"))
        var bad = good
        bad.failure = "x"
        #expect(PageInjection.snippet(for: bad).contains("folio-build-error"))
    }
}

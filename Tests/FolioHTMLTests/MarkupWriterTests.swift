import FolioHTML
import Testing

@Suite struct MarkupWriterTests {
    @Test func escapesMarkupInTextAndAttributes() {
        var svg = MarkupWriter()
        svg.element("text", [("class", "a\"b")], text: "</svg><script>&'")
        #expect(svg.output == "<text class=\"a&quot;b\">&lt;/svg&gt;&lt;script&gt;&amp;&#39;</text>")
    }

    @Test func writesElementsInDocumentOrder() {
        var html = MarkupWriter()
        html.open("p", [("class", "x"), ("id", "y")])
        html.text("a < b")
        html.leaf("br")
        html.raw("<b>ok</b>")
        html.close("p")
        #expect(html.output == "<p class=\"x\" id=\"y\">a &lt; b<br/><b>ok</b></p>")
    }

    @Test func leavesPlainTextAlone() {
        #expect(Markup.escaped("Kundnöjdhet (CSAT)") == "Kundnöjdhet (CSAT)")
        #expect(Markup.escaped("Q&A") == "Q&amp;A")
    }
}

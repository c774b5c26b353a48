import Testing

@testable import FolioSite

@Suite struct CompiledTemplateTests {
    @Test func cutsAtMarkersAndRecordsEscaping() throws {
        let probe = "<h1>\(LeafMarker.text(0))</h1>&amp;&lt;&gt;&quot;&#39;"
        let escapedMarker = "\u{E000}1&amp;&lt;&gt;&quot;&#39;\u{E001}"
        let compiled = try #require(CompiledTemplate(probe: probe + escapedMarker + "!", leafCount: 2))
        #expect(
            compiled.parts == [
                .literal(Array("<h1>".utf8)), .leaf(0, escaped: false),
                .literal(Array("</h1>&amp;&lt;&gt;&quot;&#39;".utf8)), .leaf(1, escaped: true),
                .literal(Array("!".utf8)),
            ])
        let output = compiled.render(["<b>raw</b>", "Tom & \"Jerry\" <ö>"])
        #expect(
            String(decoding: output, as: UTF8.self)
                == "<h1><b>raw</b></h1>&amp;&lt;&gt;&quot;&#39;Tom &amp; &quot;Jerry&quot; &lt;ö&gt;!")
    }

    /// Anything marker-like that is not a whole marker means the probe cannot be trusted.
    @Test(arguments: [
        "\u{E000}", "\u{E001}", "\u{E000}0\u{E001}", "\u{E000}7&<>\"'\u{E001}", "\u{E000}0&<>\"'",
        "\u{E000}x&<>\"'\u{E001}",
        "\u{E000}0&AMP;&lt;&gt;&quot;&#39;\u{E001}",
    ])
    func refusesBrokenMarkers(probe: String) {
        #expect(CompiledTemplate(probe: "a" + probe + "b", leafCount: 1) == nil)
    }

    @Test func anEmptyTemplateCompiles() throws {
        let compiled = try #require(CompiledTemplate(probe: "", leafCount: 0))
        #expect(compiled.render([]).isEmpty)
    }
}

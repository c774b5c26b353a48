import Testing

@testable import FolioCharts

@Suite struct SVGWriterTests {
    @Test func writesFixedPrecisionWithoutNegativeZero() {
        #expect(SVGWriter.number(12) == "12")
        #expect(SVGWriter.number(12.5) == "12.5")
        #expect(SVGWriter.number(12.345) == "12.35" || SVGWriter.number(12.345) == "12.34")
        #expect(SVGWriter.number(0.05) == "0.05")
        #expect(SVGWriter.number(-0.001) == "0")
        #expect(SVGWriter.number(-3.1) == "-3.1")
        #expect(SVGWriter.number(.nan) == "0")
        #expect(SVGWriter.number(.infinity) == "0")
    }

    @Test func escapesMarkupInTextAndAttributes() {
        var svg = SVGWriter()
        svg.element("text", [("class", "a\"b")], text: "</svg><script>&'")
        #expect(svg.output == "<text class=\"a&quot;b\">&lt;/svg&gt;&lt;script&gt;&amp;&#39;</text>")
    }
}

@Suite struct EditDistanceTests {
    @Test func countsEdits() {
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("csat", "CSAT") == 0)
    }

    @Test func suggestsOnlyPlausibleNames() {
        let names = ["metrics/monthly.csv", "metrics/weekly.csv", "teams.csv"]
        #expect(EditDistance.nearest(to: "metrics/montly.csv", in: names).first == "metrics/monthly.csv")
        #expect(EditDistance.nearest(to: "zzzzzzzz", in: names).isEmpty)
    }
}

import FolioData
import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioCharts
@testable import FolioDirectives

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Small multiples (`facet:`): one panel per value, shared x and y, one accessible whole; and the
/// located errors an author gets for a wrong facet. The block starts on line 10, so YAML line n is
/// file line 9 + n.
@Suite struct FacetSplitTests {
    static let lines = """
        type: line
        data: metrics/volumes.csv
        x: month
        y: contacts
        series: channel
        facet: team
        title: Kontakter per team
        """

    /// The y of every gridline label, per panel.
    func gridlines(_ document: XMLDocument) throws -> [[String]] {
        try Fixture.elements(document, "svg").map { svg in
            let document = try XMLDocument(xmlString: svg.xmlString)
            return try Fixture.elements(document, "g", class: "axis-y").flatMap { group in
                (group.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.name == "text" }
                    .compactMap(\.stringValue)
            }
        }
    }

    @Test func drawsOnePanelPerValueInFirstRowOrderWithSharedScales() throws {
        let html = try Fixture.render(Self.lines, id: "chart-2")
        let document = try Fixture.document(html)
        let titles = try Fixture.elements(document, "p", class: "facet-title").compactMap(\.stringValue)
        #expect(titles == ["Umeå", Fixture.hostile])
        let axes = try gridlines(document)
        #expect(axes.count == 2)
        #expect(axes.first == axes.last)
        // Both panels have three months, though Umeå has no chat in March.
        let labels = try Fixture.elements(document, "g", class: "axis-x").map {
            ($0.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.name == "text" }.count
        }
        #expect(labels == [3, 3])
        #expect(try Fixture.elements(document, "figure").count == 1)
        #expect(try Fixture.elements(document, "table").count == 1)
        #expect(html.components(separatedBy: "chart-2.csv").count == 2)
    }

    @Test func isOneAccessibleWholeWithTitleDescriptionAndPanelsHidden() throws {
        let html = try Fixture.render(Self.lines, id: "chart-2")
        let document = try Fixture.document(html)
        let grid = try #require(try Fixture.elements(document, "div", class: "facet-grid").first)
        #expect(grid.attribute(forName: "role")?.stringValue == "img")
        #expect(grid.attribute(forName: "aria-labelledby")?.stringValue == "chart-2-title chart-2-desc")
        let description = try #require(
            try Fixture.elements(document, "span").first { $0.attribute(forName: "id")?.stringValue == "chart-2-desc" })
        #expect(description.stringValue?.hasPrefix("Umeå: ") == true)
        #expect(description.stringValue?.contains(Fixture.hostile + ": ") == true)
        for svg in try Fixture.elements(document, "svg") {
            #expect(svg.attribute(forName: "aria-hidden")?.stringValue == "true")
        }
        let ids = try document.nodes(forXPath: "//@id").compactMap(\.stringValue)
        #expect(Set(ids).count == ids.count)
    }

    @Test func escapesHostileFacetValues() throws {
        let html = try Fixture.render(Self.lines, id: "chart-2")
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;/svg&gt;&lt;script&gt;"))
    }

    @Test func tableAndCSVHoldEveryPanelWithTheFacetValueFirst() throws {
        let renderer = try Fixture.renderer
        let rendered = try renderer.render(.chart, yaml: Self.lines, location: Fixture.location, id: "chart-2")
        let document = try Fixture.document(rendered.html)
        let headers = try Fixture.elements(document, "th").filter {
            $0.attribute(forName: "scope")?.stringValue == "col"
        }.compactMap(\.stringValue)
        #expect(headers == ["team", "Period", "Telefon", "Chatt"])
        let rows = try Fixture.elements(document, "tr").count - 1
        #expect(rows == 6)
        let csv = try #require(rendered.download)
        let text = String(decoding: csv.bytes.dropFirst(3), as: UTF8.self)
        let lines = text.split(separator: "\r\n")
        #expect(lines.first == "team;Period;Telefon;Chatt")
        #expect(lines.count == 7)
        #expect(lines.last?.hasSuffix(";30;130") == true)
        #expect(lines.contains { $0.hasPrefix("Umeå;") && $0.hasSuffix(";30;") })
    }

    @Test func facetOrderPutsListedValuesFirst() throws {
        let html = try Fixture.render(Self.lines + "\nfacet_order: [\"\(Fixture.hostile)\"]")
        let titles = try Fixture.elements(try Fixture.document(html), "p", class: "facet-title").compactMap(
            \.stringValue)
        #expect(titles == [Fixture.hostile, "Umeå"])
    }

    @Test func barsFacetWithoutSeries() throws {
        let html = try Fixture.render(
            "type: bar\ndata: metrics/volumes.csv\nx: team\ny: contacts\nfacet: channel\ntitle: T\n"
                + "filter: {month: 2025-01}")
        let document = try Fixture.document(html)
        #expect(
            try Fixture.elements(document, "p", class: "facet-title").compactMap(\.stringValue) == ["Telefon", "Chatt"])
        #expect(try Fixture.elements(document, "rect", class: "bar").count == 4)
    }

    @Test func unknownFacetColumnListsTheColumnsAndTheNearest() throws {
        let unique = Self.lines.replacingOccurrences(of: "facet: team", with: "facet: teams")
        let located = try #require(diagnostic { _ = try Fixture.render(unique) })
        #expect(located.location == SourceLocation(path: "content/sv/kanaler.md", line: 15, column: 8))
        #expect(located.message.contains("column 'teams' not in"))
        #expect(located.message.contains("has: month, channel, team, contacts"))
        #expect(located.hint?.contains("did you mean 'team'?") == true)
    }

    @Test func facetOnAKindThatCannotFacetIsAnError() throws {
        let diagnostic = try #require(
            diagnostic {
                _ = try Fixture.render(
                    "type: scatter\ndata: metrics/monthly.csv\nx: contacts\ny: email\nfacet: channel\ntitle: T")
            })
        #expect(diagnostic.location.line == 14)
        #expect(diagnostic.message.contains("not scatter"))
    }

    @Test func tooManyFacetsIsAnErrorWithAHint() throws {
        let months = (1...(ChartFacets.limit + 1)).map { Cell.month(year: 2025, month: ($0 - 1) % 12 + 1) }
        var table = Fixture.monthly
        table.columns = [
            Column(name: "month", type: .month, values: months, index: 1),
            Column(name: "group", type: .text, values: months.indices.map { .text("g\($0)") }, index: 2),
            Column(name: "contacts", type: .number, values: months.map { _ in .number(1) }, index: 3),
        ]
        table.rowLines = months.indices.map { $0 + 2 }
        let renderer = try DirectiveRenderer(
            tables: ["many.csv": table], formatter: Fixture.formatter, strings: Fixture.strings)
        let diagnostic = try #require(
            diagnostic {
                _ = try renderer.render(
                    .chart, yaml: "type: line\ndata: many.csv\nx: month\ny: contacts\nfacet: group\ntitle: T",
                    location: Fixture.location, id: "chart-1")
            })
        #expect(diagnostic.location.line == 14)
        #expect(diagnostic.message.contains("has \(ChartFacets.limit + 1) values"))
        #expect(diagnostic.hint?.contains("filter:") == true)
    }

    @Test func facetOrderNamingAnUnknownValueIsAnError() throws {
        let diagnostic = try #require(diagnostic { _ = try Fixture.render(Self.lines + "\nfacet_order: [Umea]") })
        #expect(diagnostic.location.line == 17)
        #expect(diagnostic.hint?.contains("did you mean 'Umeå'?") == true)
    }

    @Test func sortWithFacetIsAnError() throws {
        let diagnostic = try #require(diagnostic { _ = try Fixture.render(Self.lines + "\nsort: -y") })
        #expect(diagnostic.location.line == 17)
        #expect(diagnostic.message.contains("'sort' does not apply with `facet:`"))
    }

    @Test func twoRowsForOneXInAPanelIsAnError() throws {
        let diagnostic = try #require(
            diagnostic {
                _ = try Fixture.render(
                    "type: line\ndata: metrics/volumes.csv\nx: month\ny: contacts\nfacet: team\ntitle: T")
            })
        #expect(diagnostic.location.line == 14)
        #expect(diagnostic.hint?.contains("series:") == true)
    }
}

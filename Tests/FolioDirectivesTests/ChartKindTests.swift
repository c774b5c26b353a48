import FolioData
import FolioHTML
import Foundation
import Testing

@testable import FolioCharts
@testable import FolioDirectives

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Properties every chart kind must have, checked for each `type:`.
@Suite struct ChartKindTests {
    static func yaml(for type: ChartType) -> String {
        switch type {
        case .scatter:
            return
                "type: scatter\ndata: metrics/monthly.csv\nx: contacts\ny: email\nlabel: channel\ntrend: true\ntitle: Mejl mot kontakter"
        case .groupedBar, .stackedBar, .stackedBar100, .line, .area, .stackedArea:
            return """
                type: \(type.rawValue)
                data: metrics/monthly.csv
                x: channel
                y: [contacts, email]
                title: "Kontakter <per> kanal"
                labels: {contacts: "<b>Alla & 'andra'</b>", email: E-post}
                target: 120
                """
        case .bar, .hbar, .sparkline:
            return
                "type: \(type.rawValue)\ndata: metrics/monthly.csv\nx: channel\ny: contacts\ntitle: Kontakter\ntarget: 120"
        }
    }

    @Test(arguments: ChartType.allCases)
    func producesAccessibleWellFormedSVG(type: ChartType) throws {
        let html = try Fixture.render(Self.yaml(for: type), id: "chart-3")
        let document = try Fixture.document(html)
        let svg = try #require(try Fixture.elements(document, "svg").first)
        #expect(svg.attribute(forName: "role")?.stringValue == "img")
        #expect(svg.attribute(forName: "aria-labelledby")?.stringValue == "chart-3-title chart-3-desc")
        #expect(svg.attribute(forName: "viewBox")?.stringValue?.hasPrefix("0 0 ") == true)
        #expect(svg.attribute(forName: "width")?.stringValue == "100%")
        let title = try Fixture.elements(document, "title").first {
            $0.attribute(forName: "id")?.stringValue == "chart-3-title"
        }
        let desc = try Fixture.elements(document, "desc").first {
            $0.attribute(forName: "id")?.stringValue == "chart-3-desc"
        }
        #expect(title?.stringValue?.isEmpty == false)
        #expect(desc?.stringValue?.isEmpty == false)
        #expect(try Fixture.elements(document, "figure", class: "chart").count == 1)
        #expect(try Fixture.elements(document, "summary").first?.stringValue == "Visa data")
        #expect(try Fixture.elements(document, "th").count >= 2)
    }

    @Test(arguments: ChartType.allCases)
    func hasNoDuplicateIDs(type: ChartType) throws {
        let html = try Fixture.render(Self.yaml(for: type), id: "chart-3")
        let ids = try Fixture.document(html).nodes(forXPath: "//@id").compactMap(\.stringValue)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("chart-3") })
    }

    @Test(arguments: ChartType.allCases)
    func escapesHostileLabels(type: ChartType) throws {
        let html = try Fixture.render(Self.yaml(for: type))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;/svg&gt;&lt;script&gt;"))
        let document = try Fixture.document(html)
        #expect(try Fixture.elements(document, "script").isEmpty)
        #expect(document.rootElement()?.stringValue?.contains(Fixture.hostile) == true)
    }

    @Test(arguments: ChartType.allCases)
    func rendersByteIdenticallyTwice(type: ChartType) throws {
        #expect(try Fixture.render(Self.yaml(for: type)) == Fixture.render(Self.yaml(for: type)))
    }

    @Test(arguments: ChartType.allCases)
    func writesNoNegativeZeroOrLongDecimals(type: ChartType) throws {
        let html = try Fixture.render(Self.yaml(for: type))
        #expect(!html.contains("\"-0\"") && !html.contains(" -0 ") && !html.contains("nan"))
        #expect(html.range(of: #"\.\d{3,}"#, options: .regularExpression) == nil)
    }

    @Test func seriesDifferByDashAndMarkerNotOnlyColour() throws {
        let html = try Fixture.render(Self.yaml(for: .line))
        let document = try Fixture.document(html)
        let lines = try Fixture.elements(document, "path", class: "line")
        #expect(lines.contains { $0.attribute(forName: "stroke-dasharray") != nil })
        #expect(lines.contains { $0.attribute(forName: "stroke-dasharray") == nil })
        #expect(try Fixture.elements(document, "g", class: "legend").count == 1)
        let markers = try Fixture.elements(document, "g", class: "markers")
        let shapes = Set(
            markers.compactMap {
                ($0.children?.first as? XMLElement)?.attribute(forName: "d")?.stringValue?.filter(\.isLetter)
            })
        #expect(shapes.count == 2)
    }

    @Test func barSeriesAfterTheFirstAreHatched() throws {
        let document = try Fixture.document(try Fixture.render(Self.yaml(for: .groupedBar), id: "g"))
        #expect(
            try Fixture.elements(document, "pattern").first?.attribute(forName: "id")?.stringValue == "g-hatch-diagonal"
        )
        #expect(try !Fixture.elements(document, "rect", class: "hatch-fill").isEmpty)
    }

    @Test func tooltipsCarryFormattedXAndY() throws {
        let html = try Fixture.render("type: bar\ndata: metrics/monthly.csv\nx: month\ny: contacts\ntitle: T")
        let month = Fixture.formatter.month(year: 2025, month: 4)
        #expect(
            html.contains("<title>\(Markup.escaped(month)): \(Markup.escaped(Fixture.formatter.number(300)))</title>"))
    }

    @Test func missingValuesBreakTheLineInsteadOfDroppingToZero() throws {
        let html = try Fixture.render("type: line\ndata: metrics/monthly.csv\nx: month\ny: csat\ntitle: CSAT")
        let document = try Fixture.document(html)
        let d = try #require(
            try Fixture.elements(document, "path", class: "line").first?.attribute(forName: "d")?.stringValue)
        #expect(d.filter { $0 == "M" }.count == 2)
        let markers = try Fixture.elements(document, "path", class: "marker")
        #expect(markers.count == 5)
    }

    @Test func emptySelectionSaysNoData() throws {
        let html = try Fixture.render(
            "type: line\ndata: metrics/monthly.csv\nx: month\ny: csat\ntitle: T\nfilter: {channel: Fax}")
        #expect(html.contains("Inga data"))
        #expect(!html.contains("<svg"))
    }

    @Test func descriptionNamesFirstLastLowestAndHighest() throws {
        let html = try Fixture.render("type: line\ndata: metrics/monthly.csv\nx: month\ny: contacts\ntitle: T")
        let desc = try #require(try Fixture.elements(Fixture.document(html), "desc").first?.stringValue)
        #expect(desc.contains("från 100 i januari 2025 till 50 i juni 2025, en minskning med 50"))
        #expect(desc.contains("Lägst var 50 i juni 2025, högst 300 i april 2025."))
    }

    @Test func authoredDescriptionWins() throws {
        let html = try Fixture.render(
            "type: bar\ndata: metrics/monthly.csv\nx: month\ny: contacts\ntitle: T\ndescription: Egen text")
        #expect(html.contains(">Egen text</desc>"))
    }

    @Test func sortFilterAndLimitSelectRows() throws {
        let html = try Fixture.render(
            "type: bar\ndata: metrics/monthly.csv\nx: month\ny: contacts\ntitle: T\nsort: -y\nlimit: 2")
        let document = try Fixture.document(html)
        let rows = try Fixture.elements(document, "tr").dropFirst()
        #expect(rows.count == 2)
        // limit keeps the last N rows after sorting: descending by y, that is the two smallest.
        #expect(rows.first?.stringValue?.contains(Fixture.formatter.number(100)) == true)
        #expect(rows.last?.stringValue?.contains(Fixture.formatter.number(50)) == true)
    }
}

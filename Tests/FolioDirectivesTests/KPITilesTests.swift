import FolioTestSupport
import Foundation
import Testing

@testable import FolioCharts
@testable import FolioDirectives

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct KPITilesTests {
    let yaml = """
        data: metrics/monthly.csv
        x: month
        tiles:
          - {column: csat, label: Nöjdhet, target: 80%}
          - {column: aht, label: Hanteringstid, better: lower, target: 360}
          - {column: contacts, label: "<Kontakter>"}
        """

    @Test func showsCurrentValueChangeAndTargetInWords() throws {
        let html = try Fixture.render(yaml, kind: .kpi, id: "kpi-1")
        let document = try Fixture.document(html)
        let tiles = try Fixture.elements(document, "li", class: "kpi")
        #expect(tiles.count == 3)
        let csat = try #require(tiles.first?.stringValue)
        #expect(csat.contains(Fixture.formatter.percent(0.75)))
        #expect(csat.contains("▲ ökning"))
        #expect(csat.contains("procentenheter jämfört med föregående period"))
        #expect(csat.contains("✗ Mål"))
        #expect(csat.contains("ej uppnått"))
        #expect(csat.contains("Period: \(Fixture.formatter.month(year: 2025, month: 6))"))
    }

    @Test func lowerIsBetterTurnsADecreaseGood() throws {
        let document = try Fixture.document(try Fixture.render(yaml, kind: .kpi, id: "kpi-1"))
        let aht = try #require(try Fixture.elements(document, "li", class: "kpi").dropFirst().first)
        let change = try #require(
            aht.children?.compactMap { $0 as? XMLElement }.first {
                $0.attribute(forName: "class")?.stringValue?.contains("kpi-change") == true
            })
        #expect(change.attribute(forName: "class")?.stringValue == "kpi-change kpi-good")
        #expect(change.stringValue?.contains("▼ minskning") == true)
        #expect(aht.stringValue?.contains("✓") == true)
        #expect(aht.stringValue?.contains("uppnått") == true)
    }

    @Test func escapesLabels() throws {
        let html = try Fixture.render(yaml, kind: .kpi, id: "kpi-1")
        #expect(html.contains("&lt;Kontakter&gt;"))
    }

    @Test func rejectsUnknownTileKeyAtItsLine() throws {
        let diagnostic = try #require(
            diagnostic {
                _ = try Fixture.render(
                    "data: metrics/monthly.csv\nx: month\ntiles:\n  - column: csat\n    goal: 1", kind: .kpi)
            })
        #expect(diagnostic.location.line == 14)
        #expect(diagnostic.location.column == 5)
        #expect(diagnostic.hint?.contains("target") == true)
    }
}

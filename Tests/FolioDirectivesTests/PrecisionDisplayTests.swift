import FolioData
import FolioTestSupport
import Foundation
import Testing

@testable import FolioCharts
@testable import FolioDirectives

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A column's precision is the same in tables, mark titles, descriptions, KPI tiles and inline values.
@Suite struct PrecisionDisplayTests {
    @Test func tablesShowAsManyDecimalsAsTheColumnHolds() throws {
        let html = try Fixture.render(
            "data: metrics/teams.csv\ncolumns: [team, csat, score]", kind: .table, id: "table-1"
        ).plainSpaces
        #expect(html.contains("<td class=\"num\">80,0 %</td>"))
        #expect(html.contains("<td class=\"num\">4,0</td>"))
        #expect(html.contains("<td class=\"num\">4,4</td>"))
    }

    @Test func markTitlesAndTheChartTableAgree() throws {
        let html = try Fixture.render(
            "type: hbar\ndata: metrics/teams.csv\nx: team\ny: csat\ntitle: CSAT"
        ).plainSpaces
        #expect(html.contains("<title>Cluj: 80,0 %</title>"))
        #expect(html.contains("<td class=\"num\">80,0 %</td>"))
    }

    @Test func decimalsInTheSpecOverrideTheData() throws {
        let html = try Fixture.render(
            "type: hbar\ndata: metrics/teams.csv\nx: team\ny: csat\ntitle: CSAT\ndecimals: 0"
        ).plainSpaces
        #expect(html.contains("<td class=\"num\">90 %</td>"))
        let table = try Fixture.render(
            "data: metrics/teams.csv\ncolumns: [team, score]\ndecimals: 2", kind: .table, id: "table-1")
        #expect(table.contains("<td class=\"num\">4,40</td>"))
    }

    @Test func decimalsOutOfRangeIsAnErrorAtItsLine() throws {
        let problem = try #require(
            diagnostic {
                _ = try Fixture.render("type: hbar\ndata: metrics/teams.csv\nx: team\ny: csat\ntitle: T\ndecimals: 5")
            })
        #expect(problem.location.line == 15)
        #expect(problem.message.contains("'decimals' must be a whole number from 0 to 3"))
    }

    @Test func durationsUseUnitPairsInTables() throws {
        let html = try Fixture.render(
            "data: metrics/monthly.csv\ncolumns: [month, aht]", kind: .table, id: "table-1"
        ).plainSpaces
        #expect(html.contains("<td class=\"num\">5 min 50 s</td>"))
        #expect(html.contains("<td class=\"num\">7 min</td>"))
    }

    @Test func kpiTilesUseTheColumnPrecisionAndSayTheChangeWithItsUnit() throws {
        let yaml = """
            data: metrics/teams.csv
            x: team
            tiles:
              - {column: csat, label: CSAT}
              - {column: score, label: Score, unit: [punct, puncte]}
            """
        let swedish = try Fixture.render(yaml, kind: .kpi, id: "kpi-1").plainSpaces
        #expect(swedish.contains("<p class=\"kpi-value\">86,2 %</p>"))
        #expect(swedish.contains("ökning med 2,2 procentenheter jämfört med föregående period (Malmö: 84,0 %)"))
        #expect(swedish.contains("ökning med 0,6 puncte"))
        let romanian = try Fixture.render(yaml, kind: .kpi, id: "kpi-1", language: "ro").plainSpaces
        #expect(romanian.contains("creștere cu 2,2 puncte procentuale față de perioada anterioară"))
    }

    @Test func changesAgreeWithTheirNumberInBothLanguages() throws {
        let swedish = ChangeAmount(formatter: Fixture.formatter, strings: try Fixture.strings)
        #expect(swedish.text(0.015, format: .percent, decimals: 1, unit: nil).plainSpaces == "1,5 procentenheter")
        #expect(swedish.text(0.01, format: .percent, decimals: 0, unit: nil) == "1 procentenhet")
        let points = ChangeAmount.Unit(one: "poäng", other: "poäng")
        #expect(swedish.text(1, format: .number, decimals: 0, unit: points) == "1 poäng")
        #expect(swedish.text(90, format: .duration, decimals: 0, unit: nil).plainSpaces == "1 min 30 s")
        let romanian = ChangeAmount(
            formatter: Fixture.romanianFormatter, strings: try ChartStrings(lookup: { Fixture.romanian[$0] }))
        #expect(romanian.text(0.015, format: .percent, decimals: 1, unit: nil) == "1,5 puncte procentuale")
        #expect(romanian.text(0.01, format: .percent, decimals: 1, unit: nil) == "1,0 punct procentual")
        #expect(romanian.text(0.2, format: .percent, decimals: 0, unit: nil) == "20 de puncte procentuale")
        let punct = ChangeAmount.Unit(one: "punct", other: "puncte")
        #expect(romanian.text(1, format: .number, decimals: 0, unit: punct) == "1 punct")
        #expect(romanian.text(101, format: .number, decimals: 0, unit: punct) == "101 puncte")
        #expect(romanian.text(120, format: .number, decimals: 0, unit: punct) == "120 de puncte")
    }
}

import Foundation
import Testing

@testable import FolioCharts
@testable import FolioDirectives

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Descriptions say what each kind of chart shows, in both languages, on known data.
@Suite struct ChartDescriptionTests {
    func description(_ yaml: String, language: String = "sv") throws -> String {
        let document = try Fixture.document(try Fixture.render(yaml, language: language))
        let desc = try #require(try Fixture.elements(document, "desc").first?.stringValue)
        return desc.plainSpaces
    }

    let timeSeries = """
        type: line
        data: metrics/monthly.csv
        x: month
        y: csat
        title: CSAT
        target: 80%
        """

    @Test func timeSeriesSaysTheChangeTheExtremesAndTheTargetSwedish() throws {
        #expect(
            try description(timeSeries)
                == "csat sjönk från 80 % i januari 2025 till 75 % i juni 2025, en minskning med 5 procentenheter. "
                + "Lägst var 70 % i maj 2025, högst 90 % i april 2025. "
                + "Det senaste värdet når inte målet 80 %, och så har det varit varje period sedan maj 2025.")
    }

    @Test func timeSeriesSaysTheChangeTheExtremesAndTheTargetRomanian() throws {
        #expect(
            try description(timeSeries, language: "ro")
                == "csat: scădere de la 80 % în ianuarie 2025 la 75 % în iunie 2025, adică cu 5 puncte procentuale. "
                + "Minimul a fost 70 % în mai 2025, iar maximul 90 % în aprilie 2025. "
                + "Ultima valoare nu atinge ținta de 80 %, iar așa a fost în fiecare perioadă începând cu mai 2025.")
    }

    let categories = """
        type: hbar
        data: metrics/teams.csv
        x: team
        y: csat
        title: CSAT per team
        sort: -y
        target: 85%
        """

    @Test func categoriesNameTheTopTheBottomAndHowManyMeetTheTarget() throws {
        #expect(
            try description(categories)
                == "csat: högst Iași med 90,2 %, lägst Cluj med 80,0 %. 2 av 4 når målet 85 %.")
        #expect(
            try description(categories, language: "ro")
                == "csat: cea mai mare valoare, 90,2 %, la Iași; cea mai mică, 80,0 %, la Cluj. "
                + "Ținta de 85 % este atinsă de 2 din 4.")
    }

    let shares = """
        type: stacked-bar-100
        data: metrics/monthly.csv
        x: month
        y: [email, contacts]
        title: Shares
        limit: 2
        """

    @Test func sharesNameTheLargestShareAndHowTheMixMoved() throws {
        // Rows: May 70 + 250 = 320, June 20 + 50 = 70.
        #expect(
            try description(shares)
                == "Störst andel i juni 2025 har contacts, 71,4 %. Från maj 2025 till juni 2025 ändrades "
                + "fördelningen: email från 21,9 % till 28,6 %, contacts från 78,1 % till 71,4 %.")
        #expect(
            try description(shares, language: "ro")
                == "Cea mai mare pondere în iunie 2025 o are contacts, cu 71,4 %. De la mai 2025 la iunie 2025, "
                + "distribuția s-a schimbat: email de la 21,9 % la 28,6 %, contacts de la 78,1 % la 71,4 %.")
    }

    @Test func stackedAreaSaysEachSeriesOverTimeThenTheMix() throws {
        let yaml = shares.replacingOccurrences(of: "stacked-bar-100", with: "stacked-area")
        #expect(
            try description(yaml)
                == "email sjönk från 70 i maj 2025 till 20 i juni 2025, en minskning med 50. "
                + "contacts sjönk från 250 i maj 2025 till 50 i juni 2025, en minskning med 200. "
                + "Störst andel i juni 2025 har contacts, 71,4 %. Från maj 2025 till juni 2025 ändrades "
                + "fördelningen: email från 21,9 % till 28,6 %, contacts från 78,1 % till 71,4 %.")
        #expect(
            try description(yaml, language: "ro").hasSuffix(
                "Cea mai mare pondere în iunie 2025 o are contacts, cu 71,4 %. De la mai 2025 la iunie 2025, "
                    + "distribuția s-a schimbat: email de la 21,9 % la 28,6 %, contacts de la 78,1 % la 71,4 %."))
        // The table keeps the counts.
        let cells = try Fixture.elements(try Fixture.document(try Fixture.render(yaml)), "td").compactMap(\.stringValue)
        #expect(cells.map(\.plainSpaces) == ["70", "250", "20", "50"])
    }

    @Test func aHundredPercentChartTabulatesSharesNotCounts() throws {
        let html = try Fixture.render(shares).plainSpaces
        let document = try Fixture.document(html)
        let cells = try Fixture.elements(document, "td").compactMap(\.stringValue).map(\.plainSpaces)
        #expect(cells == ["21,9 %", "78,1 %", "28,6 %", "71,4 %"])
        #expect(!html.contains("7 000 %"))
    }

    let scatter = """
        type: scatter
        data: metrics/teams.csv
        x: csat
        y: retention
        title: CSAT and retention
        """

    @Test func scatterSaysTheRelationInWordsWithRAndN() throws {
        let swedish = try description(scatter)
        #expect(swedish.hasPrefix("Starkt positivt samband mellan csat och retention (r = "))
        #expect(swedish.hasSuffix(", n = 4)."))
        let romanian = try description(scatter, language: "ro")
        #expect(romanian.hasPrefix("Relație pozitivă puternică între csat și retention (r = "))
        #expect(romanian.hasSuffix(", n = 4)."))
    }

    @Test func labelsHoldingPlaceholdersAreNotFilledAgain() {
        #expect(ChartStrings.fill("{series} – {last}", ["series": "{last}", "last": "5"]) == "{last} – 5")
        #expect(ChartStrings.fill("{unknown} {", [:]) == "{unknown} {")
    }
}

extension String {
    /// No-break and narrow no-break spaces (ICU's grouping and percent spaces) as plain spaces.
    var plainSpaces: String {
        replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
    }
}

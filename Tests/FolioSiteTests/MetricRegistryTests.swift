import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// The metric registry end to end: one definition, used by charts, KPI tiles and running text.
@Suite struct MetricRegistryTests {
    static let registry = """
        calls:
          data: volumes.csv
          column: calls
          format: number
          direction: lower
          target: 1400
          range: [0, 100000]
          sv: {name: Samtal, description: Inkommande samtal per månad., formula: Summan av samtal}
          ro: {name: Apeluri, description: Apeluri primite pe lună.}
        """

    static let page = """
        ---
        title: Siffror
        description: Test.
        ---
        Senast {{metric calls latest}}, förändring {{metric calls change}}, mål {{metric calls target}}.

        Kod: `{{metric calls latest}}`

        ```kpi
        tiles:
          - metric: calls
        ```

        ```chart
        type: line
        y: calls
        title: Samtal per månad
        ```
        """

    func site() throws -> FixtureSite {
        let site = try FixtureSite()
        try site.write("content/metrics.yml", Self.registry)
        try site.write("content/sv/siffror.md", Self.page)
        try site.write(
            "content/ro/cifre.md",
            Self.page.replacingOccurrences(of: "title: Siffror", with: "title: Cifre\ntranslationKey: x")
                .replacingOccurrences(of: "Senast", with: "Ultima"))
        return site
    }

    @Test func inlineValueMatchesTheKPITileInEachLocale() async throws {
        let site = try site()
        defer { site.remove() }
        try await site.build()
        let sv = try site.read("sv/siffror/index.html")
        // volumes.csv: 1234.5, (missing), 1500: one decimal, as the column holds; latest 1 500,0, change
        // +265,5 against the previous present value; the target keeps its own precision.
        #expect(sv.contains("Senast 1\u{00A0}500,0, förändring +265,5, mål 1\u{00A0}400."))
        #expect(sv.contains("<p class=\"kpi-value\">1\u{00A0}500,0</p>"))
        let ro = try site.read("ro/cifre/index.html")
        #expect(ro.contains("Ultima 1.500,0, "))
        #expect(ro.contains("<p class=\"kpi-value\">1.500,0</p>"))
    }

    @Test func codeSpansKeepTheSyntaxLiteral() async throws {
        let site = try site()
        defer { site.remove() }
        try await site.build()
        #expect(try site.read("sv/siffror/index.html").contains("<code>{{metric calls latest}}</code>"))
    }

    @Test func lowerIsBetterRiseShowsAsBadNews() async throws {
        let site = try site()
        defer { site.remove() }
        try await site.build()
        let html = try site.read("sv/siffror/index.html")
        #expect(html.contains("kpi-change kpi-bad"), "calls rose and lower is better")
        #expect(html.contains("ej uppnått"), "1 500 is above the 1 400 target of a lower-is-better metric")
    }

    @Test func fallingLowerIsBetterMetricShowsAsImproving() async throws {
        let site = try site()
        defer { site.remove() }
        try site.write("content/data/volumes.csv", "month;calls;label\n2026-01;1500;a\n2026-02;1200;b\n")
        try await site.build()
        let html = try site.read("sv/siffror/index.html")
        #expect(html.contains("kpi-change kpi-good"))
        #expect(html.contains("minskning"))
        #expect(html.contains("uppnått"))
    }

    @Test func chartTakesLocalizedLabelsAndTargetFromTheRegistry() async throws {
        let site = try site()
        defer { site.remove() }
        try await site.build()
        #expect(
            try site.read("sv/siffror/index.html").contains(
                "<desc id=\"chart-2-desc\">Samtal steg från 1\u{00A0}234,5 i januari 2026"))
        #expect(try site.read("sv/siffror/index.html").contains("<th scope=\"col\" class=\"num\">Samtal</th>"))
        #expect(try site.read("ro/cifre/index.html").contains("<th scope=\"col\" class=\"num\">Apeluri</th>"))
        #expect(try site.read("sv/siffror/index.html").contains("class=\"reference"), "target line from the registry")
    }

    @Test func glossaryListsMetricAndThePagesUsingIt() async throws {
        let site = try site()
        defer { site.remove() }
        try await site.build()
        let sv = try site.read("sv/ordlista/index.html")
        #expect(sv.contains("<h2 id=\"metric-calls\">Samtal</h2>"))
        #expect(sv.contains("<dd>Summan av samtal</dd>"))
        #expect(sv.contains("<dd>Lägre är bättre</dd>"))
        #expect(sv.contains("<a href=\"../siffror/index.html\">Siffror</a>"))
        #expect(try site.read("ro/glosar/index.html").contains("<h2 id=\"metric-calls\">Apeluri</h2>"))
        #expect(
            try site.read("sv/kanaler/index.html").contains(">Ordlista för nyckeltal</a>"),
            "the glossary is in the menu")
    }

    @Test func valueOutOfRangeFailsAtItsDataLine() async throws {
        let site = try site()
        defer { site.remove() }
        try site.write(
            "content/metrics.yml",
            Self.registry.replacingOccurrences(of: "range: [0, 100000]", with: "range: [0, 1400]"))
        let found = await site.problems()
        let error = try #require(found.first)
        #expect(error.location == SourceLocation(path: "content/data/volumes.csv", line: 4))
        #expect(error.message.contains("calls value 1500 is outside its valid range 0…1400"))
    }

    @Test func registryErrorsCarryTheirLocation() async throws {
        let site = try site()
        defer { site.remove() }
        try site.write(
            "content/metrics.yml",
            """
            calls:
              data: volumes.csv
              column: calls
              direction: up
              colour: red
              sv: {name: Samtal, description: x}
            """)
        let text = await site.problems().map(\.description)
        #expect(
            text.contains {
                $0.hasPrefix("content/metrics.yml:4:14: error: 'direction' of metric 'calls' must be higher or lower")
            })
        let fixed = """
            calls:
              data: volumes.csv
              column: calls
              colour: red
              sv: {name: Samtal, description: x}
            """
        try site.write("content/metrics.yml", fixed)
        let again = await site.problems().map(\.description)
        #expect(
            again.contains { $0.hasPrefix("content/metrics.yml:4:3: error: unknown key 'colour' in metric 'calls'") })
        #expect(
            again.contains {
                $0.hasPrefix("content/metrics.yml:1:1: error: metric 'calls' has no 'ro' name and description")
            })
    }

    @Test func unknownMetricOrSelectorIsAnErrorAtThePageLine() async throws {
        let site = try site()
        defer { site.remove() }
        try site.write(
            "content/sv/siffror.md", "---\ntitle: S\n---\nA\n\nB {{metric cals latest}} och {{metric calls newest}}\n")
        let found = await site.problems()
        #expect(
            found.contains {
                $0.location == SourceLocation(path: "content/sv/siffror.md", line: 6)
                    && $0.message == "unknown metric 'cals'"
            })
        #expect(found.contains { $0.message == "unknown selector 'newest' for metric 'calls'" })
    }
}

import FolioData
import FolioDiagnostics
import FolioTestSupport
import FolioYAML
import Testing

@testable import FolioCharts
@testable import FolioDirectives

/// `series: <column>` turns a long table (one row per month and channel) into one series per channel.
@Suite struct SeriesPivotTests {
    /// Three months of p90 first reply per channel, as a query returns them; email has no March row.
    static let long: DataTable = {
        let rows: [(Int, String, Double)] = [
            (1, "phone", 40), (1, "email", 7200), (1, "chat", 90),
            (2, "email", 6000), (2, "phone", 50), (2, "chat", 80),
            (3, "phone", 30), (3, "chat", 70),
        ]
        return DataTable(
            path: "content/queries/p90.sql",
            columns: [
                Column(name: "month", type: .month, values: rows.map { .month(year: 2026, month: $0.0) }, index: 1),
                Column(name: "channel", type: .text, values: rows.map { .text($0.1) }, index: 2),
                Column(name: "p90", type: .duration, values: rows.map { .number($0.2) }, index: 3),
            ],
            rowLines: Array(repeating: 1, count: rows.count))
    }()

    func spec(_ yaml: String, metrics: [String: MetricInfo] = [:]) throws -> ChartSpec {
        let block = try YAMLBlock.parse(yaml, name: "chart", origin: Fixture.location)
        return try ChartSpecReader.spec(
            from: block, catalog: TableCatalog(tables: ["long.csv": DataFile(table: Self.long)], metrics: metrics))
    }

    @Test func makesOneSeriesPerValueInFirstAppearanceOrder() throws {
        let chart = try spec("type: line\ndata: long.csv\nx: month\ny: p90\nseries: channel\ntitle: T")
        #expect(chart.y.map(\.name) == ["phone", "email", "chat"])
        #expect(chart.x.values == [1, 2, 3].map { Cell.month(year: 2026, month: $0) })
        #expect(chart.y[1].values == [.number(7200), .number(6000), .missing], "a missing row is a gap")
        #expect(chart.y.allSatisfy { $0.type == .duration })
        #expect(chart.format == .duration)
    }

    @Test func seriesOrderPutsListedValuesFirst() throws {
        let chart = try spec(
            "type: grouped-bar\ndata: long.csv\nx: month\ny: p90\nseries: channel\nseries_order: [chat, phone]\ntitle: T"
        )
        #expect(chart.y.map(\.name) == ["chat", "phone", "email"])
    }

    @Test func labelsComeFromTheSpecOrTheMetricRegistry() throws {
        let metric = MetricInfo(id: "chat", name: "Chatt (p90)", data: "long.csv", column: "p90")
        let chart = try spec(
            "type: line\ndata: long.csv\nx: month\ny: p90\nseries: channel\nlabels: {phone: Telefon}\ntitle: T",
            metrics: ["chat": metric])
        #expect(chart.labels["phone"] == "Telefon")
        #expect(chart.labels["chat"] == "Chatt (p90)")
    }

    @Test func filterSelectsLongRowsBeforeThePivot() throws {
        let chart = try spec(
            "type: line\ndata: long.csv\nx: month\ny: p90\nseries: channel\nfilter: {channel: phone}\ntitle: T")
        #expect(chart.y.map(\.name) == ["phone"])
    }

    @Test func barWithSeriesDrawsGroupedBars() throws {
        let chart = try spec("type: bar\ndata: long.csv\nx: month\ny: p90\nseries: channel\ntitle: T")
        #expect(chart.type == .groupedBar)
    }

    @Test func rejectsTwoRowsForOnePoint() throws {
        let twice = try #require(
            diagnostic { try spec("type: line\ndata: long.csv\nx: month\ny: p90\nseries: month\ntitle: T") })
        #expect(twice.message == "chart: series: two rows for month 2026-01 and month 2026-01")
        #expect(twice.location == SourceLocation(path: "content/sv/kanaler.md", line: 14, column: 9))
        #expect(twice.hint?.contains("GROUP BY month, month") == true)
    }

    @Test func rejectsUnknownSeriesOrderValueAndSeriesOnScatter() throws {
        let unknown = try #require(
            diagnostic {
                try spec("type: line\ndata: long.csv\nx: month\ny: p90\nseries: channel\nseries_order: [fax]\ntitle: T")
            })
        #expect(unknown.message == "chart: series_order: 'fax' is not a value of channel")
        #expect(unknown.hint == "values: phone, email, chat")
        let scatter = try #require(
            diagnostic { try spec("type: scatter\ndata: long.csv\nx: p90\ny: p90\nseries: channel\ntitle: T") })
        #expect(scatter.message == "chart: 'series' applies to line, area, bar, grouped and stacked charts")
    }

    @Test func worksThroughTheRendererWithLegendPerSeries() throws {
        let renderer = DirectiveRenderer(
            tables: ["long.csv": Self.long], formatter: Fixture.formatter, strings: try Fixture.strings)
        let rendered = try renderer.render(
            .chart, yaml: "type: line\ndata: long.csv\nx: month\ny: p90\nseries: channel\ntitle: T",
            location: Fixture.location, id: "chart-1")
        #expect(rendered.html.contains("phone") && rendered.html.contains("email") && rendered.html.contains("chat"))
        #expect(rendered.dataFiles == ["long.csv"])
    }
}

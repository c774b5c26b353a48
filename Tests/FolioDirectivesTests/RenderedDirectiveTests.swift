import FolioData
import Testing

@testable import FolioDirectives

/// What a block read and shows comes back with its HTML, so the site layer never reads chart YAML.
@Suite struct RenderedDirectiveTests {
    static let csat = MetricInfo(
        id: "csat", name: "CSAT", data: "metrics/monthly.csv", column: "csat", format: "percent")

    static let weekly = DataTable(
        path: "content/data/metrics/weekly.csv", columns: Fixture.monthly.columns, rowLines: Fixture.monthly.rowLines)

    var renderer: DirectiveRenderer {
        get throws {
            try DirectiveRenderer(
                tables: ["metrics/monthly.csv": Fixture.monthly, "metrics/weekly.csv": Self.weekly],
                formatter: Fixture.formatter, strings: Fixture.strings, metrics: ["csat": Self.csat])
        }
    }

    @Test func chartNamesItsDataFileAndMetrics() throws {
        let rendered = try renderer.render(
            .chart, yaml: "type: line\ny: [csat]\ntitle: T", location: Fixture.location, id: "chart-1")
        #expect(rendered.html.hasPrefix("<figure"))
        #expect(rendered.dataFiles == ["metrics/monthly.csv"])
        #expect(rendered.metrics == ["csat"])
    }

    @Test func aBlockReadingAnotherFileNamesAColumnNotTheMetric() throws {
        let rendered = try renderer.render(
            .chart, yaml: "type: line\ndata: content/data/metrics/weekly.csv\nx: month\ny: csat\ntitle: T",
            location: Fixture.location, id: "chart-1")
        #expect(rendered.dataFiles == ["metrics/weekly.csv"])
        #expect(rendered.metrics.isEmpty)
    }

    @Test func kpiTilesNameTheirMetrics() throws {
        let rendered = try renderer.render(
            .kpi, yaml: "tiles:\n  - metric: csat", location: Fixture.location, id: "kpi-1")
        #expect(rendered.dataFiles == ["metrics/monthly.csv"])
        #expect(rendered.metrics == ["csat"])
    }

    @Test func inlineValuesNameTheirMetricAndFile() throws {
        let value = try renderer.inlineValue(metric: "csat", selector: "latest", location: Fixture.location)
        #expect(value.html == Fixture.formatter.percent(0.75, fractionDigits: 0))
        #expect(value.dataFiles == ["metrics/monthly.csv"])
        #expect(value.metrics == ["csat"])
    }

    @Test func dataFileIsNormalisedWithoutRendering() {
        #expect(DirectiveRenderer.dataFile(namedIn: "data: content/data/teams.csv\n") == "teams.csv")
        #expect(DirectiveRenderer.dataFile(namedIn: "data: teams.csv\n") == "teams.csv")
        #expect(DirectiveRenderer.dataFile(namedIn: "y: [a, *b]\n") == nil)
        #expect(DirectiveRenderer.dataFile(namedIn: "type: line\n") == nil)
    }
}

import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Issue 16 §5 end to end on the `layout-site` fixture: a stacked-area chart and small multiples over
/// a query (`series:`, `facet:`), long bar names rotated instead of dropped, hostile facet values
/// escaped, and located errors for a wrong facet.
@Suite struct ChartLayoutBuildTests {
    func build(_ site: FixtureSite) async throws -> [String: [UInt8]] {
        let output = MemoryOutput()
        _ = try await SiteBuilder(options: BuildOptions(sourceRoot: site.root, output: site.output))
            .rebuild(reusing: BuildCache(), into: output)
        var files: [String: [UInt8]] = [:]
        for file in output.files { files[file.path] = file.contents }
        return files
    }

    func text(_ bytes: [UInt8]?) -> String? { bytes.map { String(decoding: $0, as: UTF8.self) } }

    @Test func stackedAreaOverAQueryHasItsTableAndCSV() async throws {
        try await withFixtureSite("layout-site") { site in
            let files = try await build(site)
            let page = try #require(text(files["sv/volymer/index.html"]))
            #expect(page.contains("class=\"chart chart-stacked-area\""))
            #expect(page.contains("class=\"area stacked series-1\""))
            #expect(page.contains("<summary>Visa data</summary>"))
            let csv = try #require(text(files["sv/volymer/chart-1.csv"]))
            #expect(csv.contains("Period;phone;email;chat"))
            #expect(text(files["ro/volume/index.html"])?.contains("chart-stacked-area") == true)
        }
    }

    @Test func smallMultiplesDrawOnePanelPerChannelAsOneFigure() async throws {
        try await withFixtureSite("layout-site") { site in
            let files = try await build(site)
            let page = try #require(text(files["sv/volymer/index.html"]))
            let figure = try #require(page.range(of: "<figure class=\"chart chart-line chart-facets\" id=\"chart-2\">"))
            let end = try #require(page.range(of: "</figure>", range: figure.upperBound..<page.endIndex))
            let html = String(page[figure.lowerBound..<end.upperBound])
            let titles = html.components(separatedBy: "<p class=\"facet-title\">").dropFirst().map {
                String($0.prefix { $0 != "<" })
            }
            #expect(titles == ["Telefon", "email", "chat", "&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;"])
            #expect(!html.contains("<script>"))
            #expect(html.components(separatedBy: "<svg").count == 5)
            #expect(html.contains("role=\"img\" aria-labelledby=\"chart-2-title chart-2-desc\""))
            #expect(html.components(separatedBy: "<table").count == 2)
            let csv = try #require(text(files["sv/volymer/chart-2.csv"]))
            #expect(csv.hasPrefix("\u{FEFF}Kanal;Period;tickets\r\n"))
            #expect(csv.contains("Telefon;januari 2026;5\r\n"))
            #expect(text(files["ro/volume/index.html"])?.contains("chart-facets") == true)
            #expect(text(files["ro/volume/chart-2.csv"])?.hasPrefix("\u{FEFF}Canal;") == true)
        }
    }

    @Test func longBarNamesRotateAndAllShow() async throws {
        try await withFixtureSite("layout-site") { site in
            let files = try await build(site)
            let page = try #require(text(files["sv/volymer/index.html"]))
            let start = try #require(page.range(of: "id=\"chart-3\""))
            let chart = page[start.upperBound...]
            #expect(chart.components(separatedBy: "transform=\"rotate(-45 ").count == 11)
        }
    }

    @Test func unknownFacetColumnIsLocatedWithTheColumns() async throws {
        try await withFixtureSite("layout-site") { site in
            let path = "content/sv/volymer.md"
            let source = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
            try site.write(path, source.replacingOccurrences(of: "facet: channel", with: "facet: chanel"))
            let errors = await diagnostics { _ = try await build(site) }
            let error = try #require(errors.first)
            #expect(error.location.path.hasSuffix("sv/volymer.md"))
            #expect(error.location.line == 21)
            #expect(error.location.column == 8)
            #expect(error.message.contains("'chanel'"))
            #expect(error.message.contains("month (month), channel (text), tickets (number)"))
            #expect(error.hint?.contains("did you mean 'channel'?") == true)
        }
    }

    @Test func facetOnAScatterChartIsLocated() async throws {
        try await withFixtureSite("layout-site") { site in
            let path = "content/sv/volymer.md"
            try site.write(
                path,
                "---\ntitle: V\ndescription: V.\n---\n```chart\ntype: scatter\ndata: metrics/offices.csv\n"
                    + "x: contacts\ny: contacts\nfacet: office\ntitle: T\n```\n")
            let errors = await diagnostics { _ = try await build(site) }
            let error = try #require(errors.first)
            #expect(error.location.line == 10)
            #expect(error.description.contains("volymer.md:10:1: error"))
            #expect(error.message.contains("not scatter"))
        }
    }
}

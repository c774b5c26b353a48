import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// Pages from data on the `data-pages-site` fixture: `sv/lag/[team].md` and `ro/echipe/[team].md`
/// over teams.csv (paired by `translationKey`), `sv/marknad/[market].md` over a query with no
/// Romanian template (fallback pages), SQL bound to the row and a `filter:` slice.
@Suite struct DataPagesTests {
    static let teams = ["goteborg", "timisoara", "malmo"]

    @Test func generatesOnePagePerRowInEachLanguage() async throws {
        try await withFixtureSite("data-pages-site") { site in
            try await site.build()
            for team in Self.teams {
                #expect(site.exists("sv/lag/\(team)/index.html"))
                #expect(site.exists("ro/echipe/\(team)/index.html"))
            }
            #expect(site.exists("sv/marknad/sverige/index.html") && site.exists("sv/marknad/romania/index.html"))
            #expect(!site.exists("sv/lag/team/index.html"), "the template itself is no page")
        }
    }

    @Test func rowValuesAreFormattedInThePageLocaleAndEscaped() async throws {
        try await withFixtureSite("data-pages-site") { site in
            try await site.build()
            let page = try site.read("sv/lag/malmo/index.html")
            #expect(page.contains("<h1>Laget Malmö &amp; Lund</h1>"))
            #expect(page.contains("<title>Laget Malmö &amp; Lund – Lagsidor</title>"))
            #expect(page.contains("Nöjdhet 90,5\u{a0}%, 5\u{a0}210 kontakter."))
            #expect(page.contains("hade nöjdheten 90,5\u{a0}% och första svar efter 1\u{a0}min 10\u{a0}s."))
            #expect(try site.read("ro/echipe/goteborg/index.html").contains("Satisfacție 87,4\u{a0}%"))
        }
    }

    @Test func sqlAndFilterReadTheRowsSlice() async throws {
        try await withFixtureSite("data-pages-site") { site in
            try await site.build()
            let page = try site.read("sv/lag/malmo/index.html")
            // The table (SQL bound to :team) and the chart (filter: {team: ":team"}) show Malmö's 20 and 26.
            #expect(
                page.contains(
                    "<td class=\"num\">20</td></tr><tr><th scope=\"row\">februari 2026</th><td class=\"num\">26</td>"))
            #expect(page.contains("tickets steg från 20 i januari 2026 till 26 i februari 2026"))
            #expect(!page.contains(">44<"), "Göteborg's tickets are not on Malmö's page")
            #expect(try site.read("ro/echipe/timisoara/index.html").contains("<title>ianuarie 2026: 30</title>"))
        }
    }

    @Test func translationsPairByTemplateKeyAndFallbacksFillAMissingTemplate() async throws {
        try await withFixtureSite("data-pages-site") { site in
            try await site.build()
            let page = try site.read("sv/lag/malmo/index.html")
            #expect(page.contains("hreflang=\"ro\" href=\"../../../ro/echipe/malmo/index.html\""))
            let fallback = try site.read("ro/marknad/sverige/index.html")
            #expect(fallback.contains("translation-notice"), "a fallback page per row, with its notice")
            #expect(fallback.contains("Marknaden Sverige"))
        }
    }

    @Test func sectionListsItsPagesInRowOrderOrBySortAndTheMenuDoesNot() async throws {
        try await withFixtureSite("data-pages-site") { site in
            try await site.build()
            let listing = try site.read("sv/lag/index.html")
            let order = ["Laget Göteborg", "Laget Timișoara", "Laget Malmö &amp; Lund"].compactMap {
                listing.range(of: ">\($0)</a>")?.lowerBound
            }
            #expect(order.count == 3 && order == order.sorted())
            #expect(
                listing.contains(
                    "<a href=\"goteborg/index.html\">Laget Göteborg</a><p class=\"page-listing__description\">Nöjdhet 87,4\u{a0}%"
                ))
            let markets = try site.read("sv/marknad/index.html")
            let romania = try #require(markets.range(of: "Marknaden România"))
            let sweden = try #require(markets.range(of: "Marknaden Sverige"))
            #expect(romania.lowerBound < sweden.lowerBound, "sort: market")
            let home = try site.read("sv/index.html")
            #expect(
                home.contains("Lagen") && !home.contains("Laget Göteborg"),
                "the folder is in the menu, its pages are not")
        }
    }

    @Test func sitemapAndCheckIncludeGeneratedPages() async throws {
        try await withFixtureSite("data-pages-site") { site in
            try await site.build(baseURL: "https://example.org/")
            let sitemap = try site.read("sitemap.xml")
            #expect(sitemap.contains("<loc>https://example.org/sv/lag/malmo/</loc>"))
            #expect(sitemap.contains("<loc>https://example.org/sv/marknad/romania/</loc>"))
            #expect(sitemap.contains("<loc>https://example.org/ro/echipe/goteborg/</loc>"))
            let report = await SiteChecker(options: BuildOptions(sourceRoot: site.root, output: site.output)).check()
            #expect(report.errorCount == 0, "\(report.diagnostics)")
            #expect(report.translations.contains { $0.key == "key:team/malmo" || $0.key == "team/malmo" })
        }
    }

    @Test func printEditionHoldsGeneratedPagesAsSectionsOfTheirFolder() async throws {
        try await withFixtureSite("data-pages-site") { site in
            let template = "content/ro/echipe/[team].md"
            let text = try String(contentsOf: site.root.appendingPathComponent(template), encoding: .utf8)
            try site.write(
                template, text.replacingOccurrences(of: "rows: teams.csv\n", with: "rows: teams.csv\nprint: false\n"))
            try await site.build()
            let edition = try site.read("sv/utskrift/index.html")
            #expect(edition.contains("<span class=\"print-number\">1.3</span> Laget Malmö &amp; Lund</h2>"))
            #expect(edition.contains("Laget Timișoara hade nöjdheten 81,2\u{a0}%"))
            let romanian = try site.read("ro/tiparire/index.html")
            #expect(romanian.contains("Echipele") && !romanian.contains("Echipa Göteborg"), "print: false")
        }
    }

    @Test func translatedTemplateWithAnOldRevisionMarksEveryPageOutdated() async throws {
        try await withFixtureSite("data-pages-site") { site in
            let template = "content/ro/echipe/[team].md"
            let text = try String(contentsOf: site.root.appendingPathComponent(template), encoding: .utf8)
            try site.write(
                template,
                text.replacingOccurrences(of: "rows: teams.csv\n", with: "rows: teams.csv\nsourceRevision: 0123abcd\n"))
            try await site.build()
            for team in Self.teams {
                #expect(try site.read("ro/echipe/\(team)/index.html").contains("translation-notice--outdated"))
            }
            #expect(try !site.read("sv/lag/malmo/index.html").contains("translation-notice"))
        }
    }
}

import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// The print edition end to end on the `print-site` fixture: two chapters that share heading,
/// footnote and chart ids and link to each other, a page outside the menu, and a glossary.
@Suite struct PrintEditionTests {
    static func built(_ change: (FixtureSite) throws -> Void = { _ in }) async throws -> (FixtureSite, String) {
        let site = try FixtureSite("print-site")
        try change(site)
        try await site.build()
        return (site, try site.read("sv/utskrift/index.html"))
    }

    /// Every `id="…"` in `html`, in order.
    static func ids(_ html: String) -> [String] {
        html.components(separatedBy: " id=\"").dropFirst().compactMap {
            $0.split(separator: "\"").first.map(String.init)
        }
    }

    /// Every `href="#…"` target in `html`.
    static func fragments(_ html: String) -> [String] {
        html.components(separatedBy: "href=\"#").dropFirst().compactMap {
            $0.split(separator: "\"").first.map(String.init)
        }
    }

    @Test func eachLanguageHasAnEditionLinkedFromHomeAndFooter() async throws {
        let (site, html) = try await Self.built()
        defer { site.remove() }
        #expect(html.contains("<html lang=\"sv\">"))
        #expect(html.contains("<title>Utskriftsversion – Testhandbok</title>"))
        #expect(try site.read("ro/tiparire/index.html").contains("<html lang=\"ro\">"))
        let home = try site.read("sv/index.html")
        #expect(home.contains("<p class=\"print-link\"><a href=\"utskrift/index.html\">"))
        let chapter = try site.read("sv/kanaler/index.html")
        #expect(chapter.contains("<a href=\"../utskrift/index.html\">Hela handboken för utskrift och PDF</a>"))
        #expect(try site.read("sv/404.html").contains("Hela handboken"))
        // The switcher and hreflang links pair the editions, not the homes.
        #expect(html.contains("href=\"../../ro/tiparire/index.html\""))
        #expect(html.contains("<link rel=\"alternate\" hreflang=\"ro\" href=\"../../ro/tiparire/index.html\">"))
    }

    @Test func titlePageContentsAndChaptersInMenuOrderGlossaryLast() async throws {
        let (site, html) = try await Self.built()
        defer { site.remove() }
        #expect(html.contains("<h1>Testhandbok</h1>"))
        #expect(html.contains("<p class=\"lede\">En testsajt för utskrift.</p>"))
        #expect(html.contains("<time datetime=\"2026-05-02\">2 maj 2026</time>"), "the newest page's date")
        let order = [
            "<h2 id=\"inledning\">Inledning</h2>",
            "<h2 id=\"kanaler\"><span class=\"print-number\">1</span> Kanaler</h2>",
            "<h2 id=\"nyckeltal\"><span class=\"print-number\">2</span> Nyckeltal</h2>",
            "<h2 id=\"ordlista\"><span class=\"print-number\">3</span> Ordlista för nyckeltal</h2>",
        ]
        let positions = order.map { html.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "every chapter heading: \(order)")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted(), "intro, then menu order, glossary last")
        #expect(!html.contains("Ingen vikt"), "a page outside the menu is not a chapter")
        // Contents with section numbers.
        #expect(html.contains("<a href=\"#kanaler--bakgrund\"><span class=\"print-number\">1.1</span> Bakgrund</a>"))
        #expect(html.contains("<a href=\"#nyckeltal--mal\"><span class=\"print-number\">2.2</span> Mål</a>"))
        // Chapter bodies go one level down under their chapter's <h2>.
        #expect(html.contains("<h3 id=\"kanaler--bakgrund\""))
        #expect(html.contains("<h4 id=\"kanaler--detaljer\""))
        // Charts, KPI tiles, footnotes and glossary entries are all there.
        #expect(html.contains("<svg") && html.contains("class=\"kpi-tiles\""))
        #expect(html.contains("Enkäten 2025.") && html.contains("Månadsmätningen."))
        #expect(html.contains("id=\"ordlista--metric-csat\""))
    }

    @Test func idsAreUniqueAndEveryFragmentLinkLands() async throws {
        let (site, html) = try await Self.built()
        defer { site.remove() }
        let ids = Self.ids(html)
        let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "ids used twice: \(repeated)")
        let known = Set(ids)
        let broken = Set(Self.fragments(html)).subtracting(known).sorted()
        #expect(broken.isEmpty, "links to missing ids: \(broken)")
        // Both chapters have a `## Bakgrund` and a footnote `[^kalla]`: each keeps its own.
        #expect(ids.contains("kanaler--bakgrund") && ids.contains("nyckeltal--bakgrund"))
        #expect(ids.contains("kanaler--fn_kalla") && ids.contains("nyckeltal--fn_kalla"))
        #expect(ids.contains("kanaler--chart-1") && ids.contains("nyckeltal--kpi-1"), "chart ids per chapter")
        #expect(html.contains("url(#kanaler--chart-1-") || !html.contains("url(#"), "SVG references follow their ids")
    }

    @Test func linksBetweenChaptersStayInsideTheDocument() async throws {
        let (site, html) = try await Self.built()
        defer { site.remove() }
        #expect(html.contains("<a href=\"#nyckeltal\">nyckeltalen</a>"))
        #expect(html.contains("<a href=\"#nyckeltal--mal\">avsnittet om mål</a>"))
        #expect(html.contains("<a href=\"#kanaler--bakgrund\">bakgrunden</a>"), "a link within a chapter")
        #expect(html.contains("<a href=\"#kanaler\">kanalerna</a>"), "the home page's links too")
        #expect(html.contains("<a href=\"#nyckeltal--bakgrund\">bakgrunden till nyckeltalen</a>"))
        #expect(html.contains("<a href=\"../bilaga/index.html\">en sida utanför menyn</a>"))
        #expect(html.contains("<a href=\"https://example.org/kanaler\">Exempelbolaget</a>"))
        // The glossary's "used on" links point at the chapters.
        #expect(html.contains("<li><a href=\"#nyckeltal\">Nyckeltal</a></li>"))
        #expect(!html.contains("index.html#"), "no link leaves the edition for a chapter")
    }

    @Test func authorOnlyOnTheEditionAndPaperSizeFromSiteYML() async throws {
        let (site, html) = try await Self.built()
        defer { site.remove() }
        #expect(html.contains("<meta name=\"author\" content=\"Testförfattaren\">"))
        #expect(!(try site.read("sv/kanaler/index.html")).contains("name=\"author\""))
        #expect(html.contains("<article class=\"print-edition\">"))

        let (letter, letterHTML) = try await Self.built { site in
            let config = try String(contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
            try site.write("content/site.yml", config + "paperSize: letter\n")
        }
        defer { letter.remove() }
        #expect(letterHTML.contains("<article class=\"print-edition print-edition--letter\">"))

        try await withFixtureSite("print-site") { bad in
            let config = try String(contentsOf: bad.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
            try bad.write("content/site.yml", config + "paperSize: A5\n")
            let problems = await bad.problems()
            #expect(problems.map(\.message) == ["unknown paperSize 'A5'"])
        }
    }

    @Test func eachEditionNamesItsPDFAndItsDate() throws {
        try withFixtureSite("print-site") { site in
            let inputs = try SiteInputs.load(
                options: BuildOptions(sourceRoot: site.root, output: site.output), reusing: nil)
            #expect(
                PrintEditionFile.all(source: inputs.source) == [
                    PrintEditionFile(
                        language: "sv", page: "sv/utskrift/index.html", pdf: "sv/testhandbok.pdf", date: "2026-05-02",
                        author: "Testförfattaren"),
                    PrintEditionFile(
                        language: "ro", page: "ro/tiparire/index.html", pdf: "ro/ghid-de-test.pdf", date: nil,
                        author: "Testförfattaren"),
                ])
        }
    }

    @Test func twoBuildsAreByteIdentical() async throws {
        try await withFixtureSite("print-site") { site in
            try await site.build()
            let first = try site.snapshot()
            try await site.build()
            #expect(try site.snapshot() == first)
            #expect(first["sv/utskrift/index.html"] != nil && first["ro/tiparire/index.html"] != nil)
        }
    }
}

/// The pieces of the edition on their own.
@Suite struct ChapterMarkupTests {
    @Test func prefixesIdsAndEveryReferenceToThem() {
        let markup = ChapterMarkup(
            html: """
                <h2 id="a">A</h2><a href="#a">x</a><a href="#main">y</a>\
                <svg aria-labelledby="t d"><title id="t">T</title><desc id="d">D</desc>\
                <rect fill="url(#p)"/><pattern id="p"/></svg><label for="a">z</label>
                """, anchor: "ch")
        #expect(markup.ids == ["a", "t", "d", "p"])
        let html = markup.rewritten { "R:" + $0 }
        #expect(
            html == """
                <h3 id="ch--a">A</h3><a href="#ch--a">x</a><a href="#main">y</a>\
                <svg aria-labelledby="ch--t ch--d"><title id="ch--t">T</title><desc id="ch--d">D</desc>\
                <rect fill="url(#ch--p)"/><pattern id="ch--p"/></svg><label for="ch--a">z</label>
                """)
    }

    @Test func headingsGoDownOneLevelInOnePass() {
        #expect(
            ChapterMarkup.headingsDown("<h1>a</h1><h2 id=\"x\">b</h2><h5>c</h5><h6>d</h6><hr>")
                == "<h2>a</h2><h3 id=\"x\">b</h3><h6>c</h6><h6>d</h6><hr>")
    }

    @Test func linksResolveToChaptersOrRelativeToTheEdition() {
        let chapters: [[String]: ChapterMarkup] = [
            ["sv", "kanaler"]: ChapterMarkup(html: "<h2 id=\"mal\">M</h2>", anchor: "kanaler"),
            ["sv", "guide", "steg"]: ChapterMarkup(html: "", anchor: "guide-steg"),
        ]
        func resolve(_ link: String, from page: [String] = ["sv", "guide", "steg"]) -> String {
            PrintEdition.resolve(link, from: page, to: ["sv", "utskrift"], chapters: chapters, linkStyle: .fileLinks)
        }
        #expect(resolve("../../kanaler/index.html#mal") == "#kanaler--mal")
        #expect(resolve("../../kanaler/index.html#saknas") == "#kanaler")
        #expect(resolve("../kanaler/", from: ["sv", "x"]) == "#kanaler")
        #expect(resolve("./") == "#guide-steg")
        #expect(resolve("../../bilaga/index.html") == "../bilaga/index.html")
        #expect(resolve("../../../data/monthly.csv") == "../../data/monthly.csv")
        #expect(resolve("bild.png") == "../guide/steg/bild.png")
        #expect(resolve("https://example.org/a/") == "https://example.org/a/")
        #expect(resolve("mailto:a@example.org") == "mailto:a@example.org")
        #expect(resolve("../../../../../x") == "../../../../../x", "above the root: left alone")
    }
}

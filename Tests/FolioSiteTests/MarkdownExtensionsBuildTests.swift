import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// The GitHub-flavoured extensions end to end: the `gfm-site` fixture uses every one in Swedish and
/// Romanian, and the built pages are read back.
@Suite struct MarkdownExtensionsBuildTests {
    func built() async throws -> FixtureSite {
        let site = try FixtureSite("gfm-site")
        try await SiteBuilder(options: BuildOptions(sourceRoot: site.root, output: site.output)).build()
        return site
    }

    @Test func everyExtensionInSwedish() async throws {
        let site = try await built()
        defer { site.remove() }
        let page = try site.read("sv/tillagg/index.html")
        #expect(page.contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabell 1\">"))
        #expect(page.contains("<th scope=\"col\" class=\"align-center\">Svarstid</th>"))
        #expect(page.contains("<td class=\"align-right\"><strong>91 %</strong></td>"))
        #expect(page.contains("<del>200 kr</del>"))
        #expect(page.contains("<a href=\"http://www.exempel.se\">www.exempel.se</a>"))
        #expect(page.contains("<a href=\"mailto:kundtjanst@exempel.se\">"))
        #expect(page.contains("<a href=\"../index.html\">starten</a>"))
        #expect(page.contains("<input type=\"checkbox\" disabled checked> Skriv handboken</label>"))
        #expect(
            page.contains(
                "Hon sa \u{201D}det är \u{2019}bra\u{2019} nog\u{201D} \u{2013} och gick\u{2026} Det är Annas bok \u{2014} inte min."
            ))
        #expect(page.contains("<h2 id=\"footnotes_title\">Fotnoter</h2>"))
        #expect(page.contains("aria-label=\"Tillbaka till hänvisning 1\""))
        #expect(page.contains("<li id=\"fn_2\">\n<p>En andra fotnot\nsom fortsätter på nästa rad."))
        #expect(page.contains("aria-label=\"Länk till avsnittet: Tabeller\">#</a>"))
    }

    @Test func everyExtensionInRomanian() async throws {
        let site = try await built()
        defer { site.remove() }
        let page = try site.read("ro/extensii/index.html")
        #expect(page.contains("aria-label=\"Tabelul 1\""))
        #expect(page.contains("<del>200 lei</del>"))
        #expect(page.contains("<a href=\"https://exemplu.ro/ghid\">https://exemplu.ro/ghid</a>"))
        #expect(page.contains("<a href=\"../index.html\">început</a>"))
        #expect(
            page.contains("Ea a spus \u{201E}este \u{00AB}destul\u{00BB} de bine\u{201D} \u{2013} și a plecat\u{2026}"))
        #expect(page.contains("<h2 id=\"footnotes_title\">Note de subsol</h2>"))
        #expect(page.contains("aria-label=\"Înapoi la trimiterea 2\""))
        #expect(page.contains("aria-label=\"Legătură către secțiunea: Tabele\">#</a>"))
    }

    @Test func rootRelativeLinksAreWrittenRelative() async throws {
        let site = try await built()
        defer { site.remove() }
        #expect(try site.read("sv/index.html").contains("<a href=\"tillagg/index.html\">tilläggen</a>"))
    }

    @Test func checkIsCleanOnTheFixture() async throws {
        try await withFixtureSite("gfm-site") { site in
            let report = await SiteChecker(
                options: BuildOptions(sourceRoot: site.root, output: site.output), strict: false
            )
            .check()
            #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        }
    }

    @Test func checkWarnsAboutFootnotesAndTablesAndFailsMissingRootLinks() async throws {
        try await withFixtureSite("gfm-site") { site in
            try site.write(
                "content/sv/trasig.md",
                "---\ntitle: Trasig\n---\nText[^saknas].\n\n| a | b |\n| --- |\n\n[x](/sv/finns-inte/)\n\n[^oanvand]: Ingen.\n"
            )
            let report = await SiteChecker(
                options: BuildOptions(sourceRoot: site.root, output: site.output), strict: false
            )
            .check()
            let here = report.diagnostics.filter { $0.location.path == "content/sv/trasig.md" }
            let lines = Set(here.map { "\($0.location.line ?? 0) \($0.severity)" })
            #expect(lines.isSuperset(of: ["4 warning", "7 warning", "9 error", "11 warning"]), "\(here)")
            #expect(here.contains { $0.message.contains("[^saknas]") })
            #expect(here.contains { $0.message.contains("/sv/finns-inte/") && $0.severity == .error })
        }
    }
}

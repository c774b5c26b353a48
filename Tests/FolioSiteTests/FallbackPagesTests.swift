import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// `translations-site`: `principer` has no Romanian translation (a fallback page), `kanaler` has a
/// stale one (`ro/canale.md`, recorded revision 00000000) and `mata` an untracked one.
@Suite struct FallbackPagesTests {
    @Test func fallbackPageShowsTheSourceInTheLanguagesInterface() async throws {
        try await withFixtureSite("translations-site") { site in
            try await site.build()
            let page = try site.read("ro/principer/index.html")
            #expect(page.contains("<html lang=\"ro\">"))
            #expect(page.contains("<article class=\"page\" lang=\"sv\">"))
            #expect(page.contains("<h1>Principer</h1>"))
            #expect(page.contains("<a class=\"skip-link\" href=\"#main\">Salt la conținut</a>"), "Romanian interface")
            #expect(
                page.contains(
                    "<p>Această pagină nu a fost tradusă încă în limba română, așa că este afișată în limba originală.</p>"
                )
            )
            #expect(page.contains("<link rel=\"canonical\" href=\"../../sv/principer/index.html\">"))
            #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
            #expect(!page.contains("rel=\"alternate\""), "a fallback page names no translations")
            // Swedish quotes, and the source's relative and root links still lead to the Swedish pages.
            #expect(page.contains("”principerna”"))
            #expect(page.contains("<a href=\"../../sv/kanaler/index.html#svar\">kanaler</a>"))
            #expect(page.contains("<a href=\"../../sv/index.html\">hem</a>"))
        }
    }

    @Test func menusListTheFallbackUnderItsSourceTitleWithALanguageTag() async throws {
        try await withFixtureSite("translations-site") { site in
            try await site.build()
            let entry =
                "<li><a href=\"../principer/index.html\" lang=\"sv\" hreflang=\"sv\">Principer</a>"
                + " <span class=\"lang-tag\" lang=\"sv\">Svenska</span></li>"
            #expect(try site.read("ro/canale/index.html").contains(entry))
            #expect(
                try site.read("ro/canale/index.html").contains("<li><a href=\"../mata/index.html\">Măsurare</a></li>"))
            #expect(try site.read("ro/index.html").contains("lang=\"sv\" hreflang=\"sv\">Principer</a>"))
            #expect(try site.read("ro/404.html").contains("lang=\"sv\" hreflang=\"sv\">Principer</a>"))
            // The source's switcher leads to the fallback page, saying it is not translated.
            #expect(
                try site.read("sv/principer/index.html").contains(
                    "<a href=\"../../ro/principer/index.html\" hreflang=\"ro\" lang=\"ro\">"
                        + "Interfața în română (pagina nu este tradusă încă)</a>"))
        }
    }

    @Test func fallbackIsNeitherAnAlternateNorInTheSitemap() async throws {
        try await withFixtureSite("translations-site") { site in
            try await site.build(baseURL: "https://example.org/guide/")
            let page = try site.read("ro/principer/index.html")
            #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/guide/sv/principer/\">"))
            let source = try site.read("sv/principer/index.html")
            #expect(!source.contains("hreflang=\"ro\" href=\"https://example.org/guide/ro/principer/\""))
            let sitemap = try site.read("sitemap.xml")
            #expect(!sitemap.contains("ro/principer"))
            #expect(sitemap.contains("<loc>https://example.org/guide/sv/principer/</loc>"))
            #expect(sitemap.contains("<loc>https://example.org/guide/ro/canale/</loc>"))
        }
    }

    @Test func fallbackFalseLeavesMissingPagesOut() async throws {
        try await withFixtureSite("translations-site") { site in
            let config = try String(contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
            try site.write("content/site.yml", "fallback: false\n" + config)
            try await site.build()
            #expect(!site.exists("ro/principer/index.html"))
            #expect(try site.read("sv/principer/index.html").contains("href=\"../../ro/index.html\" hreflang=\"ro\""))
            #expect(!(try site.read("ro/canale/index.html").contains("Principer")))
        }
    }

    @Test func aPageOfTheSameAddressInTheLanguageIsNeverReplaced() {
        let config = SiteConfig(
            languages: [
                Language(code: "sv", name: "Svenska", locale: "sv_SE", siteTitle: "A", siteDescription: ""),
                Language(code: "ro", name: "Română", locale: "ro_RO", siteTitle: "B", siteDescription: ""),
            ], defaultLanguage: "sv")
        func page(_ language: String, _ path: String, key: String? = nil) -> Page {
            var matter = FrontMatter(title: path, draft: false)
            matter.translationKey = key
            return Page(
                sourcePath: "content/\(language)/\(path).md", language: language, contentPath: path,
                frontMatter: matter, body: "", bodyFirstLine: 1, outputPath: [language, path])
        }
        // `ro/a` writes where `sv/a`'s fallback would go, as the translation of something else.
        let made = FallbackPages.make(
            pages: [page("sv", "a"), page("sv", "b"), page("ro", "a", key: "other")], config: config)
        #expect(made.map(\.outputPath) == [["ro", "b"]])
        #expect(made.first?.fallback == FallbackSource(language: "sv", outputPath: ["sv", "b"]))
    }
}

/// A data file whose schema says `lang: sv`: its text cells carry `lang="sv"` on other languages' pages.
@Suite struct DataLanguageTests {
    @Test func textCellsOfAForeignDataFileCarryItsLanguage() async throws {
        try await withFixtureSite("translations-site") { site in
            try await site.build()
            let ro = try site.read("ro/mata/index.html")
            #expect(ro.contains("<th scope=\"row\" lang=\"sv\">Snabbt svar</th>"))
            #expect(ro.contains("<th scope=\"col\">Răspuns</th>"), "the Romanian label is the page's own")
            #expect(ro.contains("<td class=\"num\">42</td>"), "numbers are formatted for the page, no lang")
            #expect(ro.contains("Clienții scriu adesea <span lang=\"sv\">tack för hjälpen</span>."))
            let sv = try site.read("sv/mata/index.html")
            #expect(sv.contains("<th scope=\"row\">Snabbt svar</th>"), "no lang on the file's own language's pages")
        }
    }

    @Test func schemaLanguageMustBeACode() async throws {
        try await withFixtureSite("translations-site") { site in
            try site.write("content/data/enkat.csv.yml", "lang: \"sv se\"\n")
            let problems = await site.problems()
            #expect(problems.map(\.message) == ["'lang' must be a language code such as `sv` or `ro`"])
            #expect(problems.first?.location.path == "content/data/enkat.csv.yml")
        }
    }
}

import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

@Suite struct SiteBuilderTests {
    @Test func writesEveryExpectedFile() async throws {
        try await withFixtureSite { site in
            try await site.build()
            for path in [
                "index.html", "404.html", "sv/index.html", "ro/index.html", "sv/kanaler/index.html",
                "ro/canale/index.html",
                "sv/principer/index.html", "sv/guide/forsta-steget/index.html", "sv/404.html", "ro/404.html",
            ] {
                #expect(site.exists(path), "missing \(path)")
            }
            #expect(!site.exists("sv/utkast/index.html"), "drafts are left out by default")
            let styles = try FileManager.default.contentsOfDirectory(atPath: site.output.path).filter {
                $0.hasPrefix("style.") && $0.hasSuffix(".css")
            }
            #expect(styles.count == 1)
        }
    }

    @Test func draftsAreIncludedWhenAsked() async throws {
        try await withFixtureSite { site in
            try await site.build(drafts: true)
            #expect(site.exists("sv/utkast/index.html"))
        }
    }

    @Test func pagesCarryLanguageAlternatesAndSwitcher() async throws {
        try await withFixtureSite { site in
            try await site.build()
            let sv = try site.read("sv/kanaler/index.html")
            #expect(sv.contains("<html lang=\"sv\">"))
            #expect(sv.contains("<link rel=\"alternate\" hreflang=\"ro\" href=\"../../ro/canale/index.html\">"))
            #expect(sv.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"index.html\">"))
            #expect(
                sv.contains("<a href=\"../../ro/canale/index.html\" hreflang=\"ro\" lang=\"ro\">Citește în română</a>"))
            let ro = try site.read("ro/canale/index.html")
            #expect(ro.contains("<html lang=\"ro\">"))
            #expect(ro.contains("href=\"../../sv/kanaler/index.html\" hreflang=\"sv\" lang=\"sv\">Läs på svenska</a>"))
            // No Romanian translation: the switcher leads to the Romanian fallback page, saying so
            // (with `fallback: false`, to the Romanian home: FallbackPagesTests).
            let only = try site.read("sv/principer/index.html")
            #expect(
                only.contains(
                    "href=\"../../ro/principer/index.html\" hreflang=\"ro\" lang=\"ro\">"
                        + "Interfața în română (pagina nu este tradusă încă)</a>"))
        }
    }

    @Test func everyRelativeLinkPointsToAnExistingFile() async throws {
        try await withFixtureSite { site in
            try await site.build()
            let files = try site.snapshot()
            var checked: Set<String> = []
            for (path, data) in files where path.hasSuffix(".html") {
                let html = String(decoding: data, as: UTF8.self)
                let folder = (path as NSString).deletingLastPathComponent
                for href in Self.hrefs(in: html) where !href.hasPrefix("#") && !href.contains(":") {
                    let target = Self.resolve(String(href.split(separator: "#")[0]), in: folder)
                    #expect(files[target] != nil, "\(path) links to missing \(href)")
                    checked.insert("\(path) -> \(target)")
                }
            }
            // A check that finds no links passes for nothing: these must have been among those checked
            // (menu, switcher, stylesheet, favicon, the root redirect).
            let expected = [
                "sv/kanaler/index.html -> sv/principer/index.html",
                "sv/kanaler/index.html -> ro/canale/index.html",
                "sv/kanaler/index.html -> favicon.svg",
                "ro/canale/index.html -> sv/kanaler/index.html",
                "index.html -> sv/index.html",
            ]
            for link in expected { #expect(checked.contains(link), "not checked: \(link)") }
            #expect(checked.contains { $0.hasPrefix("sv/kanaler/index.html -> style.") && $0.hasSuffix(".css") })
            #expect(checked.count >= 50, "\(checked.count) links checked")
        }
    }

    @Test func menuFollowsWeightAndMarksCurrentPage() async throws {
        try await withFixtureSite { site in
            try await site.build()
            let html = try site.read("sv/kanaler/index.html")
            let principer = try #require(html.range(of: ">Principer</a>"))
            let kanaler = try #require(html.range(of: "aria-current=\"page\">Kanaler &amp; &quot;svar&quot;</a>"))
            // guide/ is a section without a page of its own: folded, named after its folder.
            let steg = try #require(html.range(of: "<li class=\"site-nav__section\">guide</li>"))
            #expect(principer.lowerBound < kanaler.lowerBound && kanaler.lowerBound < steg.lowerBound)
            #expect(try site.read("sv/guide/forsta-steget/index.html").contains("aria-current=\"page\">Steg ett</a>"))
        }
    }

    @Test func pagesWithoutWeightStayOutOfTheMenuButInTheIndexAndPager() async throws {
        try await withFixtureSite { site in
            try site.write("content/sv/bilaga.md", "---\ntitle: Bilaga\n---\nText.\n")
            try await site.build()
            let kanaler = try site.read("sv/kanaler/index.html")
            let nav = try #require(
                kanaler.components(separatedBy: "<nav class=\"site-nav\"").last?.components(separatedBy: "</nav>").first
            )
            #expect(!nav.contains("Bilaga"), "no weight, no menu entry")
            #expect(
                try site.read("sv/index.html").contains("<a href=\"bilaga/index.html\">Bilaga</a>"),
                "the home page indexes every page")
            #expect(
                try site.read("sv/guide/forsta-steget/index.html").contains(
                    "rel=\"next\"><span>Nästa</span> Bilaga</a>"),
                "unweighted pages come last in reading order")
        }
    }

    @Test func userStringsAreEscapedAndQuotesTypeset() async throws {
        try await withFixtureSite { site in
            try await site.build()
            let html = try site.read("sv/kanaler/index.html")
            #expect(html.contains("<meta name=\"description\" content=\"Om &lt;kanaler&gt;.\">"))
            #expect(!html.contains("<kanaler>"))
            #expect(html.contains("Text med \u{201D}citat\u{201D}."))
            #expect(try site.read("ro/canale/index.html").contains("Text cu \u{201E}citat\u{201D}."))
            #expect(html.contains("<time datetime=\"2026-03-01\">1 mars 2026</time>"))
        }
    }

    @Test func tableOfContentsListsH2AndNestedH3() async throws {
        try await withFixtureSite { site in
            try await site.build()
            let html = try site.read("sv/kanaler/index.html")
            #expect(html.contains("<li><a href=\"#telefon\">Telefon</a></li>"))
            #expect(html.contains("<a href=\"#e-post\">E-post</a>\n<ol>\n<li><a href=\"#svarstid\">Svarstid</a></li>"))
            #expect(html.contains("<h2 id=\"telefon\">Telefon</h2>"))
        }
    }

    @Test func pageWithoutDateHasNoTimeElement() async throws {
        try await withFixtureSite { site in
            try await site.build()
            #expect(try !site.read("sv/principer/index.html").contains("<time"))
        }
    }

    @Test func rootIndexRedirectsWithoutJavaScript() async throws {
        try await withFixtureSite { site in
            try site.write(
                "content/site.yml",
                "rootRedirect: true\nsearch: false\n"
                    + (try String(contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8)))
            try await site.build()
            let html = try site.read("index.html")
            #expect(html.contains("<meta http-equiv=\"refresh\" content=\"0; url=sv/index.html\">"))
            #expect(!html.contains("<script"))
            for file in try site.snapshot().keys where file.hasSuffix(".html") {
                #expect(try !site.read(file).contains("<script"), "\(file) has a script")
            }
        }
    }

    @Test func baseURLMakesCanonicalAbsoluteAndLinksFolderStyle() async throws {
        try await withFixtureSite { site in
            try await site.build(baseURL: "https://example.org/playbook")
            let html = try site.read("sv/kanaler/index.html")
            #expect(html.contains("<link rel=\"canonical\" href=\"https://example.org/playbook/sv/kanaler/\">"))
            #expect(html.contains("hreflang=\"ro\" href=\"https://example.org/playbook/ro/canale/\""))
            #expect(html.contains("<a href=\"../../ro/canale/\" hreflang=\"ro\""))
            #expect(html.contains("<a href=\"../\">start</a>"))
        }
    }

    @Test func sitemapListsEveryPageWithHreflangPairsBothWays() async throws {
        try await withFixtureSite { site in
            try await site.build(baseURL: "https://example.org/playbook/")
            let xml = try site.read("sitemap.xml")
            #expect(xml.contains("<loc>https://example.org/playbook/sv/principer/</loc>"))
            let pair =
                "<xhtml:link rel=\"alternate\" hreflang=\"sv\" href=\"https://example.org/playbook/sv/kanaler/\"/>\n<xhtml:link rel=\"alternate\" hreflang=\"ro\" href=\"https://example.org/playbook/ro/canale/\"/>"
            #expect(xml.components(separatedBy: pair).count == 3, "both the sv and the ro entry carry the pair")
            #expect(try site.read("robots.txt").contains("Sitemap: https://example.org/playbook/sitemap.xml"))
            let html = try site.read("sv/kanaler/index.html")
            #expect(html.contains("<meta property=\"og:url\" content=\"https://example.org/playbook/sv/kanaler/\">"))
            #expect(html.contains("<link rel=\"icon\" href=\"../../favicon.svg\" type=\"image/svg+xml\">"))
            #expect(site.exists("favicon.svg"))
        }
    }

    @Test func stylesheetNameChangesWhenAndOnlyWhenItsBytesChange() async throws {
        try await withFixtureSite { site in
            func stylesheet() throws -> String {
                try #require(
                    try FileManager.default.contentsOfDirectory(atPath: site.output.path).first {
                        $0.hasPrefix("style.")
                    })
            }
            try await site.build()
            let first = try stylesheet()
            #expect(first.range(of: #"^style\.[0-9a-f]{8}\.css$"#, options: .regularExpression) != nil)
            #expect(try site.read("sv/kanaler/index.html").contains("href=\"../../\(first)\""))
            try site.write("content/sv/kanaler.md", "---\ntitle: Ändrad\n---\nNy text.\n")
            try await site.build()
            #expect(try stylesheet() == first, "content changes keep the name")
            try site.write("templates/css/zz-extra.css", "p { color: black; }\n")
            try await site.build()
            #expect(try stylesheet() != first, "a stylesheet change renames it")
        }
    }

    @Test func noSitemapWithoutBaseURL() async throws {
        try await withFixtureSite { site in
            try await site.build()
            #expect(!site.exists("sitemap.xml"))
            #expect(try site.read("robots.txt") == "User-agent: *\nAllow: /\n")
        }
    }

    @Test func twoBuildsAreByteIdentical() async throws {
        try await withFixtureSite { site in
            try await site.build()
            let first = try site.snapshot()
            try await site.build()
            #expect(try site.snapshot() == first)
        }
    }

    @Test func failedBuildLeavesPreviousOutputUntouched() async throws {
        try await withFixtureSite { site in
            try await site.build()
            let before = try site.snapshot()
            try site.write("content/sv/trasig.md", "---\ntitle: [unclosed\n---\nText\n")
            let found = await site.problems()
            #expect(
                found.contains { $0.location.path == "content/sv/trasig.md" && $0.message.hasPrefix("invalid YAML") },
                "\(found)")
            #expect(try site.snapshot() == before)
        }
    }

    /// Pages are written to a staging folder while others still render; a page that fails to
    /// render must leave the published folder as it was and no staging folder behind.
    @Test func failedRenderLeavesPreviousOutputAndNoStagingFolder() async throws {
        try await withFixtureSite { site in
            try await site.build()
            let before = try site.snapshot()
            try site.write(
                "content/sv/trasig.md",
                "---\ntitle: Trasig\n---\n```chart\ntype: line\ndata: saknas.csv\nx: a\ny: b\n```\n"
            )
            let found = await site.problems()
            #expect(found.contains { $0.location.path == "content/sv/trasig.md" }, "\(found)")
            #expect(try site.snapshot() == before)
            let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
            #expect(siblings.filter { $0.hasPrefix(".site.") }.isEmpty, "\(siblings)")
        }
    }

    @Test func removedPagesDoNotLinger() async throws {
        try await withFixtureSite { site in
            try await site.build()
            #expect(site.exists("sv/principer/index.html"))
            try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/sv/principer.md"))
            try await site.build()
            #expect(!site.exists("sv/principer/index.html"))
        }
    }

    @Test func reportsSeveralErrorsTogetherWithLocations() async throws {
        try await withFixtureSite { site in
            try site.write("content/sv/a.md", "---\ntitle: A\ncolour: red\n---\n")
            try site.writeBytes(
                "content/sv/b.md", Array("---\ntitle: B\n---\nok\nbad \u{FF}".utf8).map { $0 == 0xC3 ? 0xFF : $0 })
            try site.write("content/sv/c.md", "---\ntitle: C\nslug: principer\n---\n")
            try site.write("content/en/x.md", "---\ntitle: X\n---\n")
            let found = await site.problems()
            let rendered = found.map(\.description).joined(separator: "\n")
            #expect(rendered.contains("content/sv/a.md:3:1: error: unknown front-matter key 'colour'"))
            #expect(rendered.contains("known keys: title, description, slug, weight, date, draft, translationKey"))
            #expect(rendered.contains("content/sv/b.md:5:5: error: file is not valid UTF-8"))
            #expect(
                rendered.contains("content/sv/principer.md:1:1: error: page writes to sv/principer/index.html")
                    || rendered.contains("content/sv/c.md:1:1: error: page writes to sv/principer/index.html"))
            #expect(rendered.contains("content/en: error: unknown language folder 'en'"))
        }
    }

    @Test func missingInterfaceStringNamesKeyAndLanguage() async throws {
        try await withFixtureSite { site in
            try site.addUnshippedLanguage("is", removing: ["contents"])
            let found = await site.problems()
            #expect(
                found.map(\.description).contains {
                    $0.hasPrefix(
                        "templates/strings/is.yml: error: interface string 'contents' is missing for language 'is'")
                })
        }
    }

    @Test func templateSyntaxErrorHasLocation() async throws {
        try await withFixtureSite { site in
            try site.write("templates/footer.mustache", "<footer>\n{{#strings}}\n</footer>\n")
            let found = await site.problems()
            #expect(
                found.contains {
                    $0.location.path == "templates/footer.mustache" && $0.location.line != nil
                        && $0.message.contains("template syntax error")
                })
        }
    }

    @Test func refusesToReplaceAFolderFolioDidNotMake() async throws {
        try await withFixtureSite { site in
            try site.write("site/precious.txt", "keep me")
            let found = await site.problems()
            #expect(found.contains { $0.message.contains("was not made by Folio") })
            #expect(try site.read("precious.txt") == "keep me")
        }
    }

    /// Resolves a relative link against the folder of the page holding it (`../` included).
    static func resolve(_ href: String, in folder: String) -> String {
        var parts = folder.split(separator: "/").map(String.init)
        for segment in href.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            switch segment {
            case "..": if !parts.isEmpty { parts.removeLast() }
            case ".", "": continue
            default: parts.append(segment)
            }
        }
        return parts.joined(separator: "/")
    }

    static func hrefs(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap {
            $0.split(separator: "\"", maxSplits: 1).first.map(String.init)
        }
    }
}

import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// The root `index.html` (a language choice) and `404.html`, bilingual.
@Suite struct RootPagesTests {
    @Test func rootIndexIsABilingualChoiceWithoutForwarding() async throws {
        try await withFixtureSite("translations-site") { site in
            try await site.build()
            let index = try site.read("index.html")
            #expect(!index.contains("http-equiv=\"refresh\""))
            #expect(
                index.contains("<h1><span lang=\"sv\">Välj språk</span> <span lang=\"ro\">Alegeți limba</span> </h1>"))
            #expect(
                index.contains(
                    "<li lang=\"sv\">\n<a class=\"root-choice__link\" href=\"sv/index.html\" hreflang=\"sv\">"))
            #expect(index.contains("<span class=\"root-choice__title\">Översättningstest</span>"))
            #expect(index.contains("<p>Un site de test cu o traducere lipsă, una depășită și una neurmărită.</p>"))
            #expect(index.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"index.html\">"))
        }
    }

    @Test func rootIndexForwardsWhenAsked() async throws {
        try await withFixtureSite("translations-site") { site in
            let config = try String(contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
            try site.write("content/site.yml", "rootRedirect: true\n" + config)
            try await site.build()
            let index = try site.read("index.html")
            #expect(index.contains("<meta http-equiv=\"refresh\" content=\"0; url=sv/index.html\">"))
            #expect(index.contains("<link rel=\"canonical\" href=\"sv/index.html\">"))
        }
    }

    @Test func rootNotFoundPageSpeaksEveryLanguage() async throws {
        try await withFixtureSite("translations-site") { site in
            try await site.build(baseURL: "https://example.org/")
            let page = try site.read("404.html")
            #expect(page.contains("<span lang=\"sv\">Sidan hittades inte</span>"))
            #expect(page.contains("<span lang=\"ro\">Pagina nu a fost găsită</span>"))
            #expect(page.contains("href=\"https://example.org/ro/\" hreflang=\"ro\""))
            #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        }
    }
}

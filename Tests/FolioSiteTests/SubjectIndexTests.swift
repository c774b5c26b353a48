import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// The search page as a subject index, without JavaScript: letters in each language's CLDR
/// order, entries from headings, the glossary and `index:` terms, each linking to its section.
@Suite struct SubjectIndexTests {
    /// The letter headings of a built index page, in order.
    static func letters(_ html: String) -> [String] {
        html.components(separatedBy: "class=\"index-letter\">").dropFirst().compactMap {
            $0.split(separator: "<").first.map(String.init)
        }
    }

    @Test func swedishLettersEndWithAaAeOe() async throws {
        let site = try FixtureSite("sections-site")
        defer { site.remove() }
        try await site.build()
        let html = try site.read("sv/sok/index.html")
        #expect(html.contains("<h1>Sök och register</h1>"))
        #expect(Self.letters(html) == ["E", "S", "Y", "Z", "Å", "Ä", "Ö"])
        #expect(html.contains("<a href=\"../guide/kanaler/index.html#svarstider\">Svarstider</a>"))
        #expect(
            html.contains(
                "<a href=\"../guide/kanaler/index.html#atgarder\">Åtgärder</a> <span class=\"index-page\">Kanaler › Svarstider</span>"
            ))
        #expect(html.contains("<a href=\"../guide/index.html\">Erlang C</a>"), "an index: term links to its page")
        #expect(html.contains("<a href=\"../guide/kanaler/index.html\">Servicenivå</a>"))
    }

    @Test func romanianLettersFollowCLDR() async throws {
        let site = try FixtureSite("sections-site")
        defer { site.remove() }
        try await site.build()
        let html = try site.read("ro/cautare/index.html")
        #expect(Self.letters(html) == ["A", "Ă", "I", "Î", "S", "Ș", "T", "Ț"])
        #expect(html.contains("<link rel=\"alternate\" hreflang=\"sv\" href=\"../../sv/sok/index.html\">"))
    }

    @Test func everyPageHasASearchFormToItsLanguagesSearchPage() async throws {
        let site = try FixtureSite("sections-site")
        defer { site.remove() }
        try await site.build()
        let page = try site.read("sv/guide/kanaler/index.html")
        #expect(page.contains("<search class=\"site-search\""))
        #expect(page.contains("<form action=\"../../sok/index.html\" method=\"get\">"))
        #expect(page.contains("name=\"q\""))
        #expect(try site.read("ro/index.html").contains("<form action=\"cautare/index.html\" method=\"get\">"))
    }

    @Test func glossaryMetricsAreEntries() async throws {
        let site = try FixtureSite("print-site")
        defer { site.remove() }
        try await site.build()
        let html = try site.read("sv/sok/index.html")
        #expect(html.contains("<a href=\"../ordlista/index.html#metric-csat\">Kundnöjdhet</a>"))
        #expect(try site.read("ro/cautare/index.html").contains("#metric-csat\">Satisfacția clienților</a>"))
    }

    @Test func lettersWithMarksFileAsTheLanguageSortsThem() {
        func letter(_ term: String, _ locale: String) -> String {
            SubjectIndex.letter(of: term, locale: Locale(identifier: locale))
        }
        #expect(letter("Åtgärd", "sv_SE") == "Å")
        #expect(letter("Émigré", "sv_SE") == "E")
        #expect(letter("Äpfel", "de_DE") == "A")
        #expect(letter("Știri", "ro_RO") == "Ș")
        #expect(letter("ăsta", "ro_RO") == "Ă")
        #expect(letter("1. Start", "sv_SE") == "#")
    }
}

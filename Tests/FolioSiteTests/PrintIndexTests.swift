import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// The print edition's subject index (`PrintIndex`) on the `print-site` fixture, in both
/// languages: at the edition's end, in the language's letter order, every entry a `#` link to an
/// id of the same document showing its section number; and kept right by warm builds.
@Suite struct PrintIndexTests {
    /// The edition's index: from its `<section>` to the end of the article.
    static func index(_ html: String) -> String {
        guard let start = html.range(of: "<section class=\"print-index\""),
            let end = html.range(of: "</article>", range: start.upperBound..<html.endIndex)
        else { return "" }
        return String(html[start.lowerBound..<end.lowerBound])
    }

    /// The letter headings of an index, in order.
    static func letters(_ index: String) -> [String] {
        index.components(separatedBy: "class=\"index-letter\">").dropFirst().compactMap {
            $0.components(separatedBy: "</h3>").first
        }
    }

    /// Edits the fixture's source file at `path`.
    static func edit(_ site: FixtureSite, _ path: String, _ change: (String) -> String) throws {
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        try site.write(path, change(text))
    }

    @Test func swedishEditionEndsWithTheIndexInLetterOrderWithSectionNumbers() async throws {
        let (site, html) = try await PrintEditionTests.built { site in
            try Self.edit(site, "content/sv/kanaler.md") {
                $0.replacingOccurrences(
                    of: "weight: 10", with: "weight: 10\nindex: [Öppettider, Åtgärder, Ärenden, zebra]")
                    + "\n## Svarstid & <kö>\n\nText.\n"
            }
            try Self.edit(site, "content/sv/_index.md") {
                $0.replacingOccurrences(of: "date:", with: "index: [Välkomst]\ndate:")
            }
            try Self.edit(site, "content/sv/bilaga.md") {
                $0.replacingOccurrences(of: "title:", with: "index: [Bilagsord]\ntitle:")
            }
        }
        defer { site.remove() }
        let index = Self.index(html)
        #expect(
            index.hasPrefix(
                "<section class=\"print-index\" aria-labelledby=\"print-index\">\n<h2 id=\"print-index\">Register</h2>")
        )
        let glossary = try #require(html.range(of: "Ordlista för nyckeltal</h2>"))
        #expect(
            html.range(of: "<section class=\"print-index\"").map { $0.lowerBound > glossary.upperBound } == true,
            "after the last chapter")
        #expect(html.contains("<li><a href=\"#print-index\">Register</a></li>\n</ol>\n</nav>"), "last in the contents")
        // Section numbers as the contents give them: a `###` takes its `##`'s, a page's term its chapter's.
        #expect(
            index.contains(
                "<li><span class=\"index-term\">Bakgrund</span> <a href=\"#kanaler--bakgrund\">1.1</a>, <a href=\"#nyckeltal--bakgrund\">2.1</a></li>"
            ))
        #expect(
            index.contains("<li><span class=\"index-term\">Detaljer</span> <a href=\"#kanaler--detaljer\">1.1</a></li>")
        )
        #expect(index.contains("<li><span class=\"index-term\">Mål</span> <a href=\"#nyckeltal--mal\">2.2</a></li>"))
        #expect(index.contains("<li><span class=\"index-term\">Öppettider</span> <a href=\"#kanaler\">1</a></li>"))
        #expect(
            index.contains("<li><span class=\"index-term\">Välkomst</span> <a href=\"#inledning\">Inledning</a></li>"))
        #expect(
            index.contains("<span class=\"index-term\">Svarstid &amp; &lt;kö&gt;</span> <a href=\"#kanaler--"),
            "escaped")
        #expect(index.contains(">1.2</a></li>"), "the new `##` is the chapter's second section")
        #expect(
            index.contains("<span class=\"index-term\">Kundnöjdhet</span> <a href=\"#ordlista--"),
            "the glossary's metrics")
        #expect(!index.contains("Bilagsord"), "a page outside the edition is left out")
        #expect(try site.read("sv/sok/index.html").contains("Bilagsord"), "but not out of the search page")
        // Letters in Swedish order, Å Ä Ö after Z.
        let letters = Self.letters(index)
        #expect(Array(letters.suffix(4)) == ["Z", "Å", "Ä", "Ö"], "\(letters)")
        #expect(letters == ["B", "D", "K", "M", "R", "S", "V", "Z", "Å", "Ä", "Ö"])
        // Every link of the index lands on an id of the same document.
        let ids = Set(PrintEditionTests.ids(html))
        let targets = PrintEditionTests.fragments(index)
        #expect(!targets.isEmpty && targets.allSatisfy(ids.contains), "\(targets.filter { !ids.contains($0) })")
        #expect(Set(PrintEditionTests.ids(html)).count == PrintEditionTests.ids(html).count, "ids stay unique")
    }

    @Test func romanianEditionHasItsIndexInRomanianLetterOrder() async throws {
        let (site, _) = try await PrintEditionTests.built { site in
            try Self.edit(site, "content/ro/indicatori.md") {
                $0.replacingOccurrences(
                    of: "weight: 20", with: "weight: 20\nindex: [Țintă, Termen, Șablon, Sondaj, Îmbunătățire, Indice]")
            }
        }
        defer { site.remove() }
        let html = try site.read("ro/tiparire/index.html")
        let index = Self.index(html)
        #expect(index.contains("<h2 id=\"print-index\">Index</h2>"))
        #expect(
            index.contains(
                "<li><span class=\"index-term\">Context</span> <a href=\"#indicatori--context\">1.1</a></li>"))
        #expect(index.contains("<li><span class=\"index-term\">Țintă</span> <a href=\"#indicatori\">1</a></li>"))
        let letters = Self.letters(index).filter { ["I", "Î", "S", "Ș", "T", "Ț"].contains($0) }
        #expect(letters == ["I", "Î", "S", "Ș", "T", "Ț"])
        let ids = Set(PrintEditionTests.ids(html))
        #expect(PrintEditionTests.fragments(index).allSatisfy(ids.contains))
    }

    /// A heading edit, a new heading and an `index:` term on the home reach the edition's index in
    /// a warm build, which writes what a cold build writes.
    @Test func warmEditionIndexFollowsHeadingsAndTerms() async throws {
        let playbook = try await IncrementalBuildTests.Playbook()
        defer { playbook.site.remove() }
        try playbook.edit("content/sv/servicelofter.md") { $0 + "\n## Svarstider\n\nInom en dag.\n" }
        _ = try await playbook.rebuildMatchesColdBuild()
        #expect(Self.index(try playbook.warm("sv/utskrift/index.html")).contains(">Svarstider</span> <a href=\""))
        try playbook.edit("content/sv/servicelofter.md") {
            $0.replacingOccurrences(of: "## Svarstider", with: "## Väntetider")
        }
        _ = try await playbook.rebuildMatchesColdBuild()
        let edition = Self.index(try playbook.warm("sv/utskrift/index.html"))
        #expect(edition.contains(">Väntetider</span>") && !edition.contains("Svarstider"))
        try playbook.edit("content/sv/_index.md") {
            $0.replacingOccurrences(of: "title: Start", with: "title: Start\nindex: [Öppettider]")
        }
        _ = try await playbook.rebuildMatchesColdBuild()
        #expect(
            Self.index(try playbook.warm("sv/utskrift/index.html")).contains(
                ">Öppettider</span> <a href=\"#inledning\">"))
    }
}

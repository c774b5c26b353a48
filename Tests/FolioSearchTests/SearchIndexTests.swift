import Cstemmer
import Foundation
import Testing

@testable import FolioSearch

/// The full-text index: stems from libstemmer for every word (checked against libstemmer called
/// directly), the site's own word forms for the browser, shards, and the section text.
@Suite struct SearchIndexTests {
    /// The Markdown of the sections fixture's pages in one language, as the index's pages.
    static func fixturePages(_ language: String) throws -> [SearchIndex.Page] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/sections-site/content/\(language)")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return try files.filter { $0.hasSuffix(".md") }.sorted().map { file in
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            return SearchIndex.Page(
                href: file, title: file, sections: [SearchSection(id: nil, heading: "", text: text)], language: language
            )
        }
    }

    /// libstemmer's own stem of `word`, called here without `SnowballStemmer`.
    static func libstemmer(_ word: String, algorithm: String) -> String {
        guard let stemmer = sb_stemmer_new(algorithm, "UTF_8") else { return "" }
        defer { sb_stemmer_delete(stemmer) }
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            guard let result = sb_stemmer_stem(stemmer, buffer.baseAddress, Int32(bytes.count)) else { return "" }
            return String(
                decoding: UnsafeBufferPointer(start: result, count: Int(sb_stemmer_length(stemmer))), as: UTF8.self)
        }
    }

    @Test(arguments: [("sv", "swedish"), ("ro", "romanian")])
    func stemsEqualLibstemmersForEveryFixtureWord(language: String, algorithm: String) throws {
        let index = SearchIndex(language: language, pages: try Self.fixturePages(language))
        #expect(index.wordStems.count > 20, "the fixture has words")
        for (word, stem) in index.wordStems {
            #expect(stem == Self.libstemmer(word, algorithm: algorithm), "\(word)")
        }
    }

    @Test func swedishInflectionsShareAStem() {
        let stemmer = SnowballStemmer(language: "sv")
        #expect(stemmer?.stem("kunderna") == stemmer?.stem("kunder"))
        #expect(stemmer?.stem("svarstiderna") == stemmer?.stem("svarstider"))
    }

    @Test func romanianFormsAreKeptWithoutMarks() {
        let page = SearchIndex.Page(
            href: "ro/r/index.html", title: "Reclamații",
            sections: [SearchSection(id: "x", heading: "Țintă", text: "Toate reclamațiile primite.")], language: "ro")
        let index = SearchIndex(language: "ro", pages: [page])
        let forms = index.files["f0.js"] ?? ""
        #expect(forms.contains("\"reclamatiile\":[\"\(index.wordStems["reclamațiile"] ?? "?")\"]"))
        #expect(forms.contains("\"tinta\""), "ț kept without its mark")
        #expect(
            index.files["d0.js"]?.hasPrefix("folioSearch.docs(\"ro\",0,[[\"ro/r/index.html\",\"Reclamații\",[[\"x\",")
                == true)
    }

    @Test func sectionsSplitAtHeadingsWithoutMarkupOrCharts() {
        let html = """
            <p>Intro &amp; mer.</p>
            <div class="section-heading"><h2 id="a">Rubrik A</h2><a class="section-link" href="#a">#</a></div>
            <p>Text A<svg><text>42</text></svg> slut.</p>
            <h3 id="b">Rubrik B</h3><p>Text&#160;B</p>
            """
        let sections = SearchSection.sections(ofHTML: html)
        #expect(sections.map(\.id) == [nil, "a", "b"])
        #expect(sections.map(\.heading) == ["", "Rubrik A", "Rubrik B"])
        #expect(sections[0].text == "Intro & mer.")
        #expect(sections[1].text == "Text A slut.", "the # link beside the heading is no text")
        #expect(sections[2].text == "Text B")
    }

    @Test func scriptStaysSmall() {
        #expect(SearchScript.source.utf8.count < 10_000, "under 10 KB even before gzip")
        #expect(!SearchScript.source.contains("fetch("), "shards load as scripts, so file:// works")
    }

    @Test func manyPagesMakeFewFiles() {
        let pages = (0..<1_000).map { number in
            SearchIndex.Page(
                href: "sv/p\(number)/", title: "Sida \(number)",
                sections: [
                    SearchSection(id: nil, heading: "", text: "Kunderna ringer om ärende \(number) och väntar.")
                ],
                language: "sv")
        }
        let index = SearchIndex(language: "sv", pages: pages)
        #expect(index.files.count <= 20, "\(index.files.count) files: a few shards of each kind for a small site")
    }
}

import FolioTestSupport
import Testing

@testable import FolioSearch

/// A body indexed from its HTML on bytes (`SearchBody(html:)`, through `PageText`) equals one
/// indexed from the sections split as strings, on random HTML; and the pieces it stands on.
struct PageTextTests {
    @Test(arguments: ["sv", "ro"]) func bodyFromHTMLEqualsBodyFromSections(language: String) {
        let seed = UInt64.random(in: 1...1_000_000)
        print("PageTextTests seed \(seed)")
        var random = SeededRandom(seed: seed)
        // Long runs of words as well, so that snippets are cut: after squeezing more or less of the
        // text, with characters counted by code points or not.
        let pieces =
            SectionSplitTests.pieces + [
                "“citat”", "–", "…", String(repeating: "Kund ärende ", count: 30),
                String(repeating: "ord  \n\t ", count: 120), String(repeating: "a\u{301} ", count: 200),
                String(repeating: "\u{3000}x", count: 400),
            ]
        for _ in 0..<1_000 {
            let html = (0..<Int(random.next() % 24)).map { _ in
                pieces[Int(random.next() % UInt64(pieces.count))]
            }.joined()
            let expected = SearchBody(sections: SearchSection.sections(ofHTML: html), language: language)
            #expect(SearchBody(html: html, language: language) == expected, "seed \(seed): \(html.debugDescription)")
        }
    }

    @Test func sectionsGivenAsStringsStayAsTheyAre() {
        let sections = [
            SearchSection(id: nil, heading: "", text: "  two  spaces "),
            SearchSection(id: "a", heading: " H ", text: ""),
        ]
        #expect(PageText(sections: sections).searchSections == sections)
    }

    /// The tag names `HTMLText` compares as literals are the names packed.
    @Test func tagNameLiteralsArePackedNames() {
        #expect(HTMLText.packed("h2".utf8) == HTMLText.h2)
        #expect(HTMLText.packed("h3".utf8) == HTMLText.h3)
        #expect(HTMLText.packed("/h2".utf8) == HTMLText.h2End)
        #expect(HTMLText.packed("/h3".utf8) == HTMLText.h3End)
        #expect(HTMLText.packed("a".utf8) == HTMLText.a)
        #expect(HTMLText.packed("svg".utf8) == HTMLText.svg)
        #expect(HTMLText.packed("script".utf8) == HTMLText.script)
        #expect(HTMLText.packed("style".utf8) == HTMLText.style)
        #expect(HTMLText.packed("button".utf8) == HTMLText.button)
        let spaced = ["p", "/p", "li", "/li", "br", "td", "th", "/td", "/th", "div", "/div", "h4", "/h4"]
        for name in spaced { #expect(HTMLText.isSpaced(HTMLText.packed(name.utf8)), "\(name)") }
        for name in ["h2", "a", "em", "/em", "span", "h5", "pre", "td2"] {
            #expect(!HTMLText.isSpaced(HTMLText.packed(name.utf8)), "\(name)")
        }
    }

    @Test func termMapEqualsADictionary() {
        let seed = UInt64.random(in: 1...1_000_000)
        print("PageTextTests term map seed \(seed)")
        var random = SeededRandom(seed: seed)
        var map = TermMap(capacity: Int(random.next() % 8))
        var reference: [Int32: Int32] = [:]
        for step in 0..<5_000 {
            // Small keys collide often; large ones test the hash.
            let key = Int32(random.next() % (step % 2 == 0 ? 300 : 2_000_000_000))
            let value = Int32(step)
            #expect(map.value(of: key, orInsert: value) == (reference[key] ?? value), "seed \(seed)")
            if reference[key] == nil { reference[key] = value }
            let probe = Int32(random.next() % 400)
            #expect(map[probe] == reference[probe], "seed \(seed)")
        }
        #expect(map.count == reference.count, "seed \(seed)")
    }
}

extension PageTextTests {
    /// References in ASCII text decoded on bytes equal the decoding on strings.
    @Test func asciiDecodingEqualsTheStringDecoding() {
        let seed = UInt64.random(in: 1...1_000_000)
        print("PageTextTests references seed \(seed)")
        var random = SeededRandom(seed: seed)
        let pieces = [
            "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&apos;", "&nbsp;", "&#160;", "&#x2003;", "&#x41;", "&#+65;",
            "&#-0;", "&#0;", "&#xZZ;", "&unknown;", "&;", "&", ";", "&#12345678901;", "&#1114112;", "a", "word", " ",
            "\n", "\t", "x=1",
        ]
        for _ in 0..<3_000 {
            let text = (0..<Int(random.next() % 16)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                .joined()
            var bytes = text
            let decoded = bytes.withUTF8 { CharacterReferences.decoded(ascii: $0) }
            #expect(
                decoded.map { String(decoding: $0, as: UTF8.self) } == CharacterReferences.decoded(text),
                "seed \(seed): \(text.debugDescription)")
        }
        var other = "é&amp;"
        #expect(other.withUTF8 { CharacterReferences.decoded(ascii: $0) } == nil)
    }
}

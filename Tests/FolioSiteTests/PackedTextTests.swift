import FolioTestSupport
import Testing

@testable import FolioSite

/// `PackedText` is how `folio serve` keeps every page body between builds: whatever goes in must
/// come out byte for byte, and equal texts must pack to equal bytes (bodies are compared packed).
@Suite struct PackedTextTests {
    @Test func unpacksEdgeCases() {
        let texts = [
            "", "a", "abc", "abcd", "aaaa", "aaaaa", String(repeating: "a", count: 10_000), "ab" + "cdcdcdcdcdcd",
            "åäö ăîșț – “” 🙂 <p>", String(repeating: "<p>Kund kunder kundtjänst ärende.</p>\n", count: 300),
        ]
        for text in texts {
            let packed = PackedText(text)
            #expect(packed.text == text)
            #expect(packed.count == text.utf8.count)
        }
    }

    /// Random texts from small alphabets (many repeats, runs, overlapping matches) and large ones,
    /// multi-byte characters included.
    @Test func unpacksRandomTextsAsTheyWere() {
        let seed = UInt64.random(in: 1...1_000_000)
        print("PackedTextTests seed \(seed)")
        var random = SeededRandom(seed: seed)
        let alphabets: [[String]] = [
            ["a", "b"], ["<p>", "</p>", " ", "kund", "ärende", "\n"], ["x", "y", "z", "å", "🙂", "ș"],
            (32..<127).map { String(UnicodeScalar(UInt8($0))) },
        ]
        for _ in 0..<400 {
            let alphabet = alphabets[Int.random(in: 0..<alphabets.count, using: &random)]
            let length = Int.random(in: 0...3_000, using: &random)
            let text = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }.joined()
            let packed = PackedText(text)
            #expect(packed.text == text, "seed \(seed)")
            #expect(PackedText(text) == packed, "seed \(seed)")
        }
    }

    @Test func packsPageHTMLToLessThanHalf() {
        let html = (0..<40).map { index in
            "<h2 id=\"kanal-\(index)\">Kanal \(index)</h2>\n<p>Kunder väljer <strong>kanal</strong> efter ärende, "
                + "och <a href=\"../kapitel-\(index)/\">svarstiden</a> avgör nöjdheten.</p>\n"
        }.joined()
        let packed = PackedText(html)
        #expect(packed.text == html)
        #expect(packed != PackedText(html + " "))
        #expect(packed.byteCount * 2 < html.utf8.count)
    }

    /// A body's HTML is packed against its page's Markdown: it unpacks as it was, from a plain or a
    /// packed base, and packs to much less than alone.
    @Test func packsHTMLAgainstItsMarkdown() {
        // Prose that does not repeat itself, as a page's does not: words of random letters (a fixed seed).
        var random = SeededRandom(seed: 32)
        let letters = Array("abcdefghijklmnopqrstuvwxyzåäö")
        let paragraphs = (0..<40).map { _ in
            (0..<24).map { _ in
                String(
                    (0..<Int.random(in: 2...9, using: &random)).map { _ in
                        letters[Int.random(in: 0..<letters.count, using: &random)]
                    })
            }.joined(separator: " ")
        }
        let markdown = paragraphs.map { "## Kanal\n\n\($0)\n" }.joined(separator: "\n")
        let html = paragraphs.enumerated().map { "<h2 id=\"kanal-\($0)\">Kanal</h2>\n<p>\($1)</p>\n" }.joined()
        for base in [HeldText.plain(markdown), .packed(PackedText(markdown))] {
            let packed = PackedText(html, against: base)
            #expect(packed.text == html)
            #expect(packed.count == html.utf8.count)
            #expect(packed == PackedText(html, against: base) && packed == PackedText(html))
            #expect(packed != PackedText(html + " ", against: base))
            #expect(packed.byteCount * 4 < PackedText(html).byteCount)
        }
        // Against a base with a base of its own, and against every edge case of the texts.
        let deep = PackedText(markdown, against: .plain(html))
        #expect(PackedText(html, against: .packed(deep)).text == html)
        for text in ["", "a", "abcd", markdown] {
            #expect(PackedText(text, against: .plain(markdown)).text == text)
            #expect(PackedText(text, against: .plain("")).text == text)
        }
    }

    /// Two texts packed against different bases (a page's old and new Markdown) compare by their
    /// text, whatever their bytes.
    @Test func textsPackedAgainstOtherBasesCompareAsText() {
        let seed = UInt64.random(in: 1...1_000_000)
        print("PackedTextTests seed \(seed)")
        var random = SeededRandom(seed: seed)
        let words = ["<p>", "</p>", " ", "kund", "ärende", "\n", "🙂", "ș"]
        func text(_ length: Int) -> String {
            (0..<length).map { _ in words[Int.random(in: 0..<words.count, using: &random)] }.joined()
        }
        for _ in 0..<200 {
            let (first, second, body) = (text(300), text(300), text(Int.random(in: 0...600, using: &random)))
            let one = PackedText(body, against: .plain(first))
            let other = PackedText(body, against: .packed(PackedText(second)))
            #expect(one.text == body && other.text == body, "seed \(seed)")
            #expect(one == other && one.hashValue == other.hashValue, "seed \(seed)")
            #expect(one != PackedText(body + "x", against: .plain(second)), "seed \(seed)")
        }
    }

    /// A page keeps its text packed in `folio serve`: it reads, compares and hashes as the same text.
    @Test func aPackedPageIsTheSamePage() {
        let text = String(repeating: "Kunder väljer kanal efter ärende.\n", count: 50)
        let page = Page(
            sourcePath: "content/sv/a.md", language: "sv", contentPath: "a",
            frontMatter: FrontMatter(title: "A", draft: false), body: text, bodyFirstLine: 4, outputPath: ["sv", "a"])
        let packed = page.packingBody()
        #expect(packed.body == text)
        #expect(packed == page && page == packed)
        #expect(packed.hashValue == page.hashValue)
        #expect(Page.sameText(packed, page) && Page.sameText(packed, page.packingBody()))
        var edited = page
        edited.body = text + "Ändrad."
        #expect(!Page.sameText(packed, edited.packingBody()) && packed != edited)
    }
}

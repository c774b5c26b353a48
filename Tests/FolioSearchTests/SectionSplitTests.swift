import FolioTestSupport
import Testing

@testable import FolioSearch

/// The byte scanner that splits a body's HTML into search sections, held to the string-based
/// split it replaced (`ReferenceSections`) on random HTML.
struct SectionSplitTests {
    /// Pieces random HTML is made of: Folio's own markup, character references (whole, cut,
    /// unknown), white space of every kind, letters of several scripts, combining marks, and
    /// tags left open.
    static let pieces = [
        "<p>", "</p>", "<li>", "</li>", "<br>", "<td>", "</th>", "<div class=\"x\">", "</div>", "<h4>", "</h4>",
        "<h2 id=\"a\">", "<h3 id=\"b-1\">", "<h2>", "</h2>", "</h3>", "<H2 ID=\"c\">", "<h2 class=\"k\" id=\"d\">",
        "<a class=\"section-link\" href=\"#a\">#</a>", "<a href=\"/x\">", "</a>", "<svg><text>42</text></svg>",
        "<SVG>7</SVG>", "<script>var a = 1 < 2;</script>", "<style>p{}</style>", "<button>Copy</button>",
        "<em>", "</em>", "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&apos;", "&nbsp;", "&#160;", "&#x2003;",
        "&#xZZ;", "&unknown;", "& ", "&", "&#12345678901;", " ", "  ", "\n", "\t", "\u{a0}", "\u{2009}",
        "\u{3000}", "\u{85}", "ord", "Åsa", "ärenden", "reclamațiile", "Σοφία", "кот", "e\u{301}", "\u{301}",
        "👩‍💻", "<", ">", "\"", "<p", "<h2 id=\"", "</svg", "<script>",
    ]

    @Test func byteScannerEqualsTheStringSplit() {
        let seed = UInt64.random(in: 1...1_000_000)
        print("SectionSplitTests seed \(seed)")
        var random = SeededRandom(seed: seed)
        for _ in 0..<3_000 {
            let html = (0..<Int(random.next() % 24)).map { _ in
                Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
            }.joined()
            #expect(
                SearchSection.sections(ofHTML: html) == ReferenceSections.sections(ofHTML: html),
                "seed \(seed): \(html.debugDescription)")
        }
    }
}
